package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.conformance.kube.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fetches the object behind an {@link ObjectRef}, and the pods that belong to a workload, each once per run. */
final class ObjectFetcher {

    private final KubernetesClient client;
    private final EsoApi eso;
    private final Map<ObjectRef, Optional<HasMetadata>> objects = new ConcurrentHashMap<>();
    private final Map<String, List<Pod>> podsByNamespace = new ConcurrentHashMap<>();

    ObjectFetcher(KubernetesClient client, EsoApi eso) {
        this.client = client;
        this.eso = eso;
    }

    Optional<HasMetadata> fetch(ObjectRef ref) {
        return objects.computeIfAbsent(ref, this::read);
    }

    private Optional<HasMetadata> read(ObjectRef ref) {
        String ns = ref.namespace();
        String n = ref.name();
        HasMetadata found = switch (ref.kind()) {
            case "Pod" -> client.pods().inNamespace(ns).withName(n).get();
            case "Deployment" -> client.apps().deployments().inNamespace(ns).withName(n).get();
            case "StatefulSet" -> client.apps().statefulSets().inNamespace(ns).withName(n).get();
            case "PersistentVolumeClaim" -> client.persistentVolumeClaims().inNamespace(ns).withName(n).get();
            case "PersistentVolume" -> client.persistentVolumes().withName(n).get();
            case "Secret" -> client.secrets().inNamespace(ns).withName(n).get();
            case "ServiceAccount" -> client.serviceAccounts().inNamespace(ns).withName(n).get();
            case "Service" -> client.services().inNamespace(ns).withName(n).get();
            case "Namespace" -> client.namespaces().withName(n).get();
            case "ExternalSecret" -> eso.externalSecret(ns, n).orElse(null);
            case "SecretStore" -> eso.secretStore(ns, n).orElse(null);
            default -> null;
        };
        return Optional.ofNullable(found);
    }

    /** The pods of a Pod/Deployment/StatefulSet reference (by the workload's name prefix). */
    List<Pod> pods(ObjectRef ref) {
        if (ref.namespace() == null) {
            return List.of();
        }
        return switch (ref.kind()) {
            case "Pod" -> fetch(ref).map(Pod.class::cast).stream().toList();
            case "Deployment", "StatefulSet" -> podsByNamespace.computeIfAbsent(ref.namespace(),
                            ns -> client.pods().inNamespace(ns).list().getItems()).stream()
                    .filter(p -> p.getMetadata().getName().startsWith(ref.name() + "-")).toList();
            default -> List.of();
        };
    }
}
