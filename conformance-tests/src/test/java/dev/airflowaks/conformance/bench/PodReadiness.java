package dev.airflowaks.conformance.bench;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one pod's status the way the kubelet does when its readiness probe starts or stops passing: phase Running
 * throughout, containers running, only their {@code ready} flags and the pod's Ready condition change. A not-ready
 * pod is therefore still starting (not stuck), so the readiness gate keeps waiting for it.
 */
final class PodReadiness {

    private final KubernetesClient client;
    private final String namespace;
    private final String name;

    PodReadiness(KubernetesClient client, String namespace, String name) {
        this.client = client;
        this.namespace = namespace;
        this.name = name;
    }

    /** The status write, prepared from the current object so that {@link #write(Pod)} is one request. */
    Pod prepare(boolean ready) {
        Pod pod = client.pods().inNamespace(namespace).withName(name).get();
        if (pod == null) {
            throw new IllegalStateException("no pod " + namespace + "/" + name);
        }
        for (ContainerStatus c : pod.getStatus().getContainerStatuses()) {
            c.setReady(ready);
            c.setStarted(true);
        }
        String now = Instant.now().toString();
        List<PodCondition> conditions = new ArrayList<>();
        for (String type : List.of("Ready", "ContainersReady")) {
            conditions.add(new PodConditionBuilder().withType(type).withStatus(ready ? "True" : "False")
                    .withReason(ready ? null : "ContainersNotReady").withLastTransitionTime(now).build());
        }
        pod.getStatus().setConditions(conditions);
        pod.getStatus().setPhase("Running");
        return pod;
    }

    /** One PUT of {@code pods/<name>/status}. */
    void write(Pod prepared) {
        client.pods().inNamespace(namespace).resource(prepared).updateStatus();
    }
}
