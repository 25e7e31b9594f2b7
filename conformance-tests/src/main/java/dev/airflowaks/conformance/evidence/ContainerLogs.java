package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.PodStates;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The tail of a container's log, asked of the API server at most once per run. A log the kubelet cannot have is not
 * asked for: a container that has not started yet (the API server answers 400 "is waiting to start") or a previous
 * instance of a container that never restarted ("previous terminated container … not found"). On a broken target
 * every failed check collects the same pods, and these requests were most of a verdict's time
 * ({@code bench/fault-verdicts.sh}: about 300 log requests for 7 failed checks).
 */
final class ContainerLogs {

    private final KubernetesClient client;
    private final SecretScrubber scrubber;
    private final Map<String, String> fetched = new ConcurrentHashMap<>();

    ContainerLogs(KubernetesClient client, SecretScrubber scrubber) {
        this.client = client;
        this.scrubber = scrubber;
    }

    /** The last {@code lines} lines, scrubbed, or one line saying why there is no log. */
    String tail(Pod pod, String container, boolean previous, int lines) {
        Optional<ContainerStatus> status = Stream.concat(PodStates.initContainers(pod).stream(),
                PodStates.containers(pod).stream()).filter(s -> container.equals(s.getName())).findFirst();
        if (previous && status.map(s -> !FailingContainers.restarted(s)).orElse(true)) {
            return "(no previous instance: container " + container + " has not restarted; not requested)\n";
        }
        if (!previous && status.map(ContainerLogs::neverStarted).orElse(true)) {
            return "(no log yet: container " + container + " has not started"
                    + status.map(s -> s.getState() != null && s.getState().getWaiting() != null
                    ? " (waiting: " + s.getState().getWaiting().getReason() + ")" : "").orElse("")
                    + "; not requested)\n";
        }
        String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + "/" + container + "/"
                + previous + "/" + lines;
        return fetched.computeIfAbsent(key, k -> request(pod, container, previous, lines));
    }

    private static boolean neverStarted(ContainerStatus s) {
        boolean waiting = s.getState() == null || s.getState().getWaiting() != null;
        return waiting && !FailingContainers.restarted(s);
    }

    private String request(Pod pod, String container, boolean previous, int lines) {
        try {
            var op = client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .inContainer(container);
            return scrubber.scrub(previous ? op.terminated().tailingLines(lines).getLog()
                    : op.tailingLines(lines).getLog());
        } catch (RuntimeException e) {
            return "(log unavailable: " + e.getMessage() + ")\n";
        }
    }
}
