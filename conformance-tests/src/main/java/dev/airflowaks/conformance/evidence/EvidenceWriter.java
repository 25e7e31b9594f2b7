package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.wait.StateDump;
import dev.airflowaks.reports.redact.SecretRedactor;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the evidence for a failure, scoped to the objects involved, in a fixed layout under one directory:
 * {@code failure.txt}, {@code events.log}, {@code <kind>-<name>.describe.txt}, {@code <kind>-<name>.yaml} (Secret
 * data as length + hash), {@code logs/<pod>.<container>.log} and {@code .previous.log}. Free text passes a
 * {@link SecretScrubber} first, so no Secret value reaches disk. One writer serves a whole run
 * ({@link #of}): each object, pod list and log is read once and the files of every failed check that names it are
 * written from that one read, so the evidence of a run is one snapshot of the cluster.
 */
public final class EvidenceWriter {

    /** Lines kept of each container's log; the failing containers' last lines go to a file of their own. */
    static final int LOG_LINES = 500;
    static final int FAILING_LINES = 30;

    private final KubernetesClient client;
    private final ObjectFetcher fetcher;
    private final SecretScrubber scrubber;
    private final ContainerLogs containerLogs;
    private final SecretRedactor redactor = new SecretRedactor();

    public EvidenceWriter(KubernetesClient client, EsoApi eso, String namespace) {
        this.client = client;
        this.fetcher = new ObjectFetcher(client, eso);
        this.scrubber = new SecretScrubber(client.secrets().inNamespace(namespace).list().getItems());
        this.containerLogs = new ContainerLogs(client, scrubber);
    }

    /** The run's one writer, kept in the JUnit root store next to the run's state. */
    static EvidenceWriter of(ExtensionContext context, KubernetesClient client, EsoApi eso, String namespace) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(EvidenceWriter.class))
                .getOrComputeIfAbsent(namespace, k -> new EvidenceWriter(client, eso, namespace), EvidenceWriter.class);
    }

    /** Writes evidence for the objects into {@code dir}; returns the files written. */
    public List<Path> write(Path dir, String failure, Collection<ObjectRef> objects) {
        List<Path> written = new ArrayList<>();
        write(dir.resolve("failure.txt"), scrubber.scrub(failure), written);
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> namespaces = new java.util.HashMap<>();
        for (ObjectRef ref : objects) {
            names.add(ref.name());
            if (ref.namespace() != null) {
                namespaces.put(ref.namespace(), ref.namespace());
            }
            String base = ref.kind().toLowerCase() + "-" + ref.name();
            var object = fetcher.fetch(ref);
            write(dir.resolve(base + ".describe.txt"), object.map(this::describe).orElse(ref + ": not found\n"),
                    written);
            object.ifPresent(o -> write(dir.resolve(base + ".yaml"), scrubber.scrub(yaml(o)),
                    written));
            for (Pod pod : fetcher.pods(ref)) {
                names.add(pod.getMetadata().getName());
                write(dir.resolve("pod-" + pod.getMetadata().getName() + ".yaml"),
                        scrubber.scrub(yaml(pod)), written);
                logs(dir.resolve("logs"), pod, written);
            }
        }
        StringBuilder events = new StringBuilder();
        for (String ns : namespaces.keySet()) {
            StateDump.events(client, ns, names).forEach(e -> events.append(e).append('\n'));
        }
        write(dir.resolve("events.log"), scrubber.scrub(events.toString()), written);
        return written;
    }

    /** The object's YAML, a Secret's or secret store's values redacted. */
    private String yaml(HasMetadata o) {
        return redactor.redact(Serialization.asYaml(o));
    }

    private String describe(HasMetadata o) {
        StringBuilder out = new StringBuilder();
        out.append("Kind:        ").append(o.getKind()).append('\n');
        out.append("Name:        ").append(o.getMetadata().getName()).append('\n');
        out.append("Namespace:   ").append(o.getMetadata().getNamespace()).append('\n');
        out.append("Labels:      ").append(o.getMetadata().getLabels()).append('\n');
        out.append("Annotations: ").append(o.getMetadata().getAnnotations() == null ? "{}"
                : o.getMetadata().getAnnotations().keySet()).append('\n');
        Object status = io.fabric8.kubernetes.client.utils.Serialization.jsonMapper()
                .convertValue(o, Map.class).get("status");
        out.append("Status:\n").append(status == null ? "  (none)\n"
                : io.fabric8.kubernetes.client.utils.Serialization.asYaml(status).replaceAll("(?m)^", "  "));
        return scrubber.scrub(out.toString());
    }

    private void logs(Path dir, Pod pod, List<Path> written) {
        List<Container> containers = new ArrayList<>();
        if (pod.getSpec() != null) {
            if (pod.getSpec().getInitContainers() != null) {
                containers.addAll(pod.getSpec().getInitContainers());
            }
            containers.addAll(pod.getSpec().getContainers());
        }
        for (Container c : containers) {
            String base = pod.getMetadata().getName() + "." + c.getName();
            write(dir.resolve(base + ".log"), log(pod, c.getName(), false, LOG_LINES), written);
            write(dir.resolve(base + ".previous.log"), log(pod, c.getName(), true, LOG_LINES), written);
        }
        StringBuilder failing = new StringBuilder();
        for (ContainerStatus s : FailingContainers.of(pod)) {
            boolean previous = FailingContainers.restarted(s);
            failing.append("== ").append(pod.getMetadata().getName()).append(" container ").append(s.getName())
                    .append(" (restarts ").append(s.getRestartCount()).append(previous ? ", previous instance" : "")
                    .append("): last ").append(FAILING_LINES).append(" lines ==\n")
                    .append(log(pod, s.getName(), previous, FAILING_LINES));
        }
        if (!failing.isEmpty()) {
            write(dir.resolve(pod.getMetadata().getName() + ".failing-containers.log"), failing.toString(), written);
        }
    }

    private String log(Pod pod, String container, boolean previous, int lines) {
        return containerLogs.tail(pod, container, previous, lines);
    }

    private static void write(Path file, String text, List<Path> written) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence " + file, e);
        }
    }
}
