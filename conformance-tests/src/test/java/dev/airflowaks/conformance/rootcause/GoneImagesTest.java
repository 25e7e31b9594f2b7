package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.guide.world.WorldFacts;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pull of an image Bitnami moved away (world fact registry.bitnami-versioned-tags-moved) is explained with its fix. */
class GoneImagesTest {

    private final GoneImages gone = new GoneImages(WorldFacts.load());

    private static Pod pulling(String image, String reason) {
        return new PodBuilder().withNewMetadata().withName("airflow-postgresql-0").endMetadata().withNewStatus()
                .addNewContainerStatus().withName("postgresql").withImage(image).withNewState().withNewWaiting()
                .withReason(reason).endWaiting().endState().endContainerStatus().endStatus().build();
    }

    @Test
    void theChartsBitnamiPostgresIsNamedWithTheMoveAndTheFix() {
        String e = gone.explain(pulling("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", "ImagePullBackOff"))
                .orElseThrow();
        assertEquals("image docker.io/bitnami/postgresql:16.1.0-debian-11-r15 not found (Bitnami moved versioned tags "
                + "to docker.io/bitnamilegacy in 2025-08); fix: import it into ACR and set postgresql.image "
                + "(airflow-aks does this unless --verbatim)", e);
        assertTrue(gone.explain(pulling("bitnami/postgresql:16.1.0-debian-11-r15", "ErrImagePull")).isPresent(),
                "Docker Hub is the default registry");
    }

    @Test
    void anImageThatExistsOrAPodNotPullingIsNotExplainedSo() {
        assertTrue(gone.explain(pulling("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15", "ImagePullBackOff"))
                .isEmpty());
        assertTrue(gone.explain(pulling("myacr.azurecr.io/airflow:2.9.4", "ImagePullBackOff")).isEmpty(),
                "a missing ACR import is the import step's finding, not a moved upstream tag");
        assertTrue(gone.explain(pulling("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", "CrashLoopBackOff"))
                .isEmpty());
    }
}
