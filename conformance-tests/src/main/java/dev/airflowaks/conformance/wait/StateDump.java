package dev.airflowaks.conformance.wait;

import dev.airflowaks.conformance.kube.PodStates;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a wait saw when it gave up: each pod's phase, conditions and container states, and the Events about those
 * pods. Written instead of "timed out waiting for the condition".
 */
public final class StateDump {

    private StateDump() {
    }

    public static String pods(KubernetesClient client, String namespace, Map<String, String> labels,
                              int containers) {
        List<Pod> pods = client.pods().inNamespace(namespace).withLabels(labels).list().getItems();
        if (pods.isEmpty()) {
            return "no pod matches " + labels + " in namespace " + namespace + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Pod pod : pods) {
            out.append("pod ").append(pod.getMetadata().getName()).append(": ")
                    .append(PodStates.summary(pod, containers)).append('\n');
            if (pod.getStatus() != null && pod.getStatus().getConditions() != null) {
                pod.getStatus().getConditions().forEach(c -> out.append("  condition ").append(c.getType())
                        .append('=').append(c.getStatus())
                        .append(c.getReason() == null ? "" : " (" + c.getReason() + ")").append('\n'));
            }
        }
        Set<String> names = pods.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
        events(client, namespace, names).forEach(e -> out.append("  event ").append(e).append('\n'));
        return out.toString();
    }

    /** Events about the named objects, oldest first, as {@code Warning FailedMount pod/x: message}. */
    public static List<String> events(KubernetesClient client, String namespace, Set<String> objectNames) {
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> e.getInvolvedObject() != null && objectNames.contains(e.getInvolvedObject().getName()))
                .sorted(Comparator.comparing(StateDump::when))
                .map(e -> e.getType() + " " + e.getReason() + " " + e.getInvolvedObject().getKind().toLowerCase()
                        + "/" + e.getInvolvedObject().getName() + ": " + e.getMessage())
                .toList();
    }

    private static String when(Event e) {
        return Objects.requireNonNullElse(e.getLastTimestamp(),
                Objects.requireNonNullElse(e.getEventTime() == null ? null : e.getEventTime().getTime(), ""));
    }
}
