package dev.airflowaks.conformance.target;

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
}
