package dev.airflowaks.conformance.kube;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PodStatesTest {

    @Test
    void anInitContainerThatCannotPullIsTheCauseOfAPendingPod() {
        Pod pod = new PodBuilder().withNewMetadata().withName("airflow-scheduler-x").endMetadata()
                .withNewStatus().withPhase("Pending")
                .withInitContainerStatuses(waiting("wait-for-airflow-migrations", "ImagePullBackOff",
                        "airflowaksacr.azurecr.io/airflow:2.9.3"))
                .withContainerStatuses(waiting("scheduler", "PodInitializing", "airflowaksacr.azurecr.io/airflow:2.9.3"))
                .endStatus().build();
        assertEquals(Optional.of("init container wait-for-airflow-migrations ImagePullBackOff "
                + "(image airflowaksacr.azurecr.io/airflow:2.9.3)"), PodStates.stuck(pod));
        assertTrue(PodStates.isImagePullProblem(pod));
    }

    @Test
    void aPodStillInitialisingIsNotStuck() {
        Pod pod = new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewStatus().withPhase("Pending")
                .withContainerStatuses(waiting("scheduler", "PodInitializing", "i")).endStatus().build();
        assertEquals(Optional.empty(), PodStates.stuck(pod));
    }

    private static ContainerStatus waiting(String name, String reason, String image) {
        return new ContainerStatusBuilder().withName(name).withImage(image).withReady(false).withRestartCount(0)
                .withNewState().withNewWaiting().withReason(reason).endWaiting().endState().build();
    }
}
