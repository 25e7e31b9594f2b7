package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pod's init and app container statuses, init first (they run first), and whose guide step owns the pod. */
final class Containers {

    private Containers() {
    }

    static List<ContainerStatus> of(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>();
        if (pod.getStatus() != null) {
            Optional.ofNullable(pod.getStatus().getInitContainerStatuses()).ifPresent(all::addAll);
            Optional.ofNullable(pod.getStatus().getContainerStatuses()).ifPresent(all::addAll);
        }
        return all;
    }

    static Optional<String> waitingReason(ContainerStatus c) {
        return c.getState() == null || c.getState().getWaiting() == null ? Optional.empty()
                : Optional.ofNullable(c.getState().getWaiting().getReason());
    }

    static String waitingMessage(ContainerStatus c) {
        return c.getState() == null || c.getState().getWaiting() == null
                || c.getState().getWaiting().getMessage() == null ? "" : c.getState().getWaiting().getMessage();
    }

    /** ESO's pods belong to the ESO step; everything else in the namespace to the Airflow deploy step. */
    static GuideStepId owner(String workloadOrPod) {
        return workloadOrPod.startsWith("external-secrets") ? GuideStepId.INSTALL_ESO : GuideStepId.DEPLOY_AIRFLOW;
    }

    static String name(Pod pod) {
        return pod.getMetadata().getName();
    }
}
