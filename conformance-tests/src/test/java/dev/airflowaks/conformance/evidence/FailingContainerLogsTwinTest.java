package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence of a failed check holds the failing container's last lines, read as {@code kubectl logs --previous
 * --tail} reads them: on a twin whose scheduler crash-loops (fault scheduler-crashloop), the scheduler's previous
 * instance says why it exited, while the healthy side-car gets no such entry.
 */
class FailingContainerLogsTwinTest {

    @TempDir
    Path dir;

    @Test
    void evidenceCarriesTheCrashingContainersLastLines() throws Exception {
        try (EmbeddedTwin twin = EmbeddedTwin.start(TwinOptions.defaults().port(0).simulated(true)
                .faults(FaultSet.of(List.of(Fault.SCHEDULER_CRASHLOOP))).publicImages(List.of("apache/airflow:2.9.3")));
             KubernetesClient client = twin.newClient()) {
            client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("airflow-scheduler-0")
                    .addToLabels("component", "scheduler").endMetadata().withNewSpec()
                    .addNewContainer().withName("scheduler").withImage("apache/airflow:2.9.3").endContainer()
                    .addNewContainer().withName("scheduler-log-groomer").withImage("apache/airflow:2.9.3").endContainer()
                    .endSpec().build()).create();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
                Pod p = client.pods().inNamespace("default").withName("airflow-scheduler-0").get();
                return p.getStatus().getContainerStatuses() != null && p.getStatus().getContainerStatuses().stream()
                        .anyMatch(s -> s.getRestartCount() > 0);
            });
            new EvidenceWriter(client, EsoApi.discover(client), "default").write(dir, "failed: scheduler not ready",
                    List.of(ObjectRef.of("Pod", "default", "airflow-scheduler-0")));
            String failing = Files.readString(dir.resolve("logs/airflow-scheduler-0.failing-containers.log"));
            assertTrue(failing.contains("== airflow-scheduler-0 container scheduler (restarts "), failing);
            assertTrue(failing.contains("previous instance): last " + EvidenceWriter.FAILING_LINES + " lines =="), failing);
            assertTrue(failing.contains("fault scheduler-crashloop: the scheduler process fails at start-up; exiting with code 1"),
                    failing);
            assertFalse(failing.contains("container scheduler-log-groomer"), failing);
            assertTrue(Files.readString(dir.resolve("logs/airflow-scheduler-0.scheduler-log-groomer.log"))
                    .contains("Starting scheduler-log-groomer"));
        }
    }
}
