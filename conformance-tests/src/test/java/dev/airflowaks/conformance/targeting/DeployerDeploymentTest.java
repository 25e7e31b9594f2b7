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
}
