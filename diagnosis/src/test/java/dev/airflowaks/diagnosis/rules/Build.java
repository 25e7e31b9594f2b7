package dev.airflowaks.diagnosis.rules;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

import java.util.List;
import java.util.Map;

/** Objects as the kubelet, the scheduler and ESO write them, for the rules' tests. */
final class Build {

    static final String NS = "airflow";

    private Build() {
    }

    static ContainerStatus waiting(String name, String image, String reason, String message, int restarts) {
        return new ContainerStatusBuilder().withName(name).withImage(image).withReady(false)
                .withRestartCount(restarts).withNewState().withNewWaiting().withReason(reason).withMessage(message)
                .endWaiting().endState().build();
    }

    static Pod pod(String name, ContainerStatus... statuses) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewStatus().withPhase("Pending").withContainerStatuses(statuses).endStatus().build();
    }

    static Event event(String kind, String name, String reason, String message, int count) {
        return new EventBuilder().withNewMetadata().withName(name + "." + reason + count).withNamespace(NS)
                .endMetadata().withNewInvolvedObject().withKind(kind).withName(name).withNamespace(NS)
                .endInvolvedObject().withType("Warning").withReason(reason).withMessage(message).withCount(count)
                .build();
    }

    /** An ExternalSecret as ESO 0.10 leaves it after a failed sync. */
    static GenericKubernetesResource failingExternalSecret(String name, String target, String message) {
        return new GenericKubernetesResourceBuilder().withApiVersion("external-secrets.io/v1beta1")
                .withKind("ExternalSecret").withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .addToAdditionalProperties("spec", Map.of("target", Map.of("name", target)))
                .addToAdditionalProperties("status", Map.of("conditions", List.of(Map.of("type", "Ready",
                        "status", "False", "reason", "SecretSyncedError", "message", message))))
                .build();
    }

    static GenericKubernetesResource pendingExternalSecret(String name, String target) {
        return new GenericKubernetesResourceBuilder().withApiVersion("external-secrets.io/v1beta1")
                .withKind("ExternalSecret").withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .addToAdditionalProperties("spec", Map.of("target", Map.of("name", target)))
                .build();
    }
}
