package dev.airflowaks.conformance.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.ApplyResult;
import dev.airflowaks.deployer.StepOutcome;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The suite stops apply after the Airflow release on purpose; only a step that failed before it is worth a warning. */
class DeployerDeploymentTest {

    private static List<StepOutcome> upTo(int last, int failing) {
        return IntStream.rangeClosed(1, last).mapToObj(i -> new StepOutcome(String.valueOf(i), "step " + i,
                i != failing, i == failing ? "boom" : "created", 1)).toList();
    }

    private static ApplyResult result(List<StepOutcome> steps) {
        return new ApplyResult(false, steps, List.of(), List.of(), List.of());
    }

    @Test
    void stoppingAfterTheReleaseAsAskedIsComplete() {
        assertTrue(DeployerDeployment.reachedAirflowRelease(result(upTo(10, -1))));
    }

    @Test
    void aFailedStepOrAnEarlierStopIsNot() {
        assertFalse(DeployerDeployment.reachedAirflowRelease(result(upTo(10, 10))), "the release itself failed");
        assertFalse(DeployerDeployment.reachedAirflowRelease(result(upTo(3, 3))), "ESO failed, apply stopped there");
        assertFalse(DeployerDeployment.reachedAirflowRelease(result(upTo(5, -1))), "stopped before the release");
        assertFalse(DeployerDeployment.reachedAirflowRelease(result(List.of())), "nothing ran");
    }

    @Test
    void aStopIsDescribedWithTheStepTheCauseAndWhatNeverRan() {
        assertEquals("stopped at step 3 (step 3): boom; steps 4-10 did not run",
                DeployerDeployment.describeStop(result(upTo(3, 3))));
        assertEquals("stopped at step 9 (step 9): boom; step 10 did not run",
                DeployerDeployment.describeStop(result(upTo(9, 9))));
        assertEquals("stopped at step 10 (step 10): boom", DeployerDeployment.describeStop(result(upTo(10, 10))));
        assertEquals("stopped after step 5 (step 5); steps 6-10 did not run",
                DeployerDeployment.describeStop(result(upTo(5, -1))));
        assertEquals("stopped before its first step", DeployerDeployment.describeStop(result(List.of())));
    }

    /** run --fault image-missing: apply refuses before any change; the suite reads the refusal, not 25 broken checks. */
    @Test
    void aRefusalBeforeAnyChangeNamesTheStepTheImageWhereItLookedAndTheFix() {
        var missing = new dev.airflowaks.deployer.steps.ImageCheck("airflowaksacr.azurecr.io/airflow:2.9.3",
                dev.airflowaks.deployer.steps.ImageCheck.Verdict.MISSING, "not in ACR airflowaksacr (HEAD "
                + "/v2/airflow/manifests/2.9.3: 404)", "import it as infrastructure guide, step 'import images' does",
                java.util.Optional.empty());
        String outcome = DeployerDeployment.describeRefusal(
                new dev.airflowaks.deployer.steps.ImageNotFoundException(List.of(missing)));
        assertEquals("stopped at step images (images the Airflow release pulls, before any change): image "
                + "airflowaksacr.azurecr.io/airflow:2.9.3: not in ACR airflowaksacr (HEAD /v2/airflow/manifests/2.9.3: "
                + "404) → fix: import it as infrastructure guide, step 'import images' does", outcome);
        var summary = dev.airflowaks.reports.model.ApplySummary.of(outcome);
        assertTrue(summary.refused(), "the report leads with the refusal");
        assertEquals(List.of("stopped at step images (images the Airflow release pulls, before any change)",
                "image airflowaksacr.azurecr.io/airflow:2.9.3: not in ACR airflowaksacr (HEAD "
                        + "/v2/airflow/manifests/2.9.3: 404)",
                "fix: import it as infrastructure guide, step 'import images' does"), summary.lines());
    }
}
