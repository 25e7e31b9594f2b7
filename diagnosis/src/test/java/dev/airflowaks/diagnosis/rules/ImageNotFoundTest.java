package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.world.WorldFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** World fact registry.pull-not-found: containerd's "not found", then the kubelet's ImagePullBackOff. */
class ImageNotFoundTest {

    private static final String IMAGE = "docker.io/bitnami/postgresql:16.1.0-debian-11-r15";

    @Test
    void errImagePullWithNotFoundIsTerminal() {
        String message = WorldFacts.load().fact("registry.pull-not-found").text("message")
                .formatted(IMAGE, IMAGE, IMAGE);
        Observation o = Observation.empty(Build.NS).withPods(List.of(Build.pod("airflow-postgresql-0",
                Build.waiting("postgresql", IMAGE, "ErrImagePull", message, 0))));

        Terminal t = new ImageNotFound().judge(o).orElseThrow();

        assertEquals("pod/airflow-postgresql-0", t.object());
        assertTrue(t.cause().contains(IMAGE) && t.cause().contains("not found"), t.cause());
        assertEquals(GuideStepId.IMPORT_IMAGES, t.fix());
    }

    @Test
    void backOffReadsTheNotFoundFromThePodsEvents() {
        Observation o = Observation.empty(Build.NS)
                .withPods(List.of(Build.pod("airflow-scheduler-1", Build.waiting("scheduler", "acr/airflow:9",
                        "ImagePullBackOff", "Back-off pulling image \"acr/airflow:9\"", 0))))
                .withEvents(List.of(Build.event("Pod", "airflow-scheduler-1", "Failed",
                        "Failed to pull image \"acr/airflow:9\": manifest unknown", 2)));

        assertTrue(new ImageNotFound().judge(o).orElseThrow().cause().contains("manifest unknown"));
    }

    @Test
    void aPullThatTimedOutKeepsWaiting() {
        Observation o = Observation.empty(Build.NS).withPods(List.of(Build.pod("airflow-scheduler-1",
                Build.waiting("scheduler", "acr/airflow:9", "ErrImagePull",
                        "rpc error: code = Unknown desc = dial tcp: i/o timeout", 0))));

        assertTrue(new ImageNotFound().judge(o).isEmpty());
    }
}
