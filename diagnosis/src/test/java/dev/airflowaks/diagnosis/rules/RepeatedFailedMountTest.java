package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kubelet retries a mount with back-off; the event recorder aggregates the repeats into count. */
class RepeatedFailedMountTest {

    private static final String KEY_REJECTED = "MountVolume.SetUp failed for volume \"pv-airflow-logs\" : rpc error: "
            + "code = Internal desc = blobfuse2: storage account key is invalid";

    @Test
    void theSameFailedMountThreeTimesIsTerminal() {
        Observation o = Observation.empty(Build.NS).withEvents(List.of(
                Build.event("Pod", "airflow-scheduler-1", "FailedMount", KEY_REJECTED, 3)));

        Terminal t = new RepeatedFailedMount().judge(o).orElseThrow();

        assertEquals("pod/airflow-scheduler-1", t.object());
        assertTrue(t.cause().startsWith("FailedMount ×3: ") && t.cause().contains("key is invalid"), t.cause());
    }

    @Test
    void aFirstFailedMountKeepsWaiting() {
        Observation o = Observation.empty(Build.NS).withEvents(List.of(
                Build.event("Pod", "airflow-scheduler-1", "FailedMount", KEY_REJECTED, 1)));

        assertTrue(new RepeatedFailedMount().judge(o).isEmpty());
    }

    @Test
    void aSecretThatItsExternalSecretHasNotWrittenYetKeepsWaiting() {
        String notYet = "MountVolume.SetUp failed for volume \"pv-airflow-logs\" : secrets "
                + "\"storage-account-credentials\" not found";
        Observation o = Observation.empty(Build.NS)
                .withEvents(List.of(Build.event("Pod", "airflow-scheduler-1", "FailedMount", notYet, 4)))
                .withSecrets(List.of(Build.pendingExternalSecret("storage-account-credentials",
                        "storage-account-credentials")), Set.of());

        assertTrue(new RepeatedFailedMount().judge(o).isEmpty());
    }
}
