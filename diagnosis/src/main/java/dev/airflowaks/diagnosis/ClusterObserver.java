package dev.airflowaks.diagnosis;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads one {@link Observation} of a namespace: a handful of list calls. Cluster-scoped reads (nodes, PVs) and the
 * ExternalSecret CRD may be forbidden or absent; they then read as empty, and the rules that need them stay quiet.
 */
public final class ClusterObserver {

    private static final List<String> ESO_VERSIONS = List.of("external-secrets.io/v1", "external-secrets.io/v1beta1");

    private final KubernetesClient client;
    private final String namespace;
    private final GuideReplicas guideReplicas;

    public ClusterObserver(KubernetesClient client, String namespace, GuideReplicas guideReplicas) {
        this.client = client;
        this.namespace = namespace;
        this.guideReplicas = guideReplicas;
    }

    public Observation observe() {
        Set<String> secretNames = optional(() -> client.secrets().inNamespace(namespace).list().getItems().stream()
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet()), Set.of());
        return new Observation(namespace,
                client.pods().inNamespace(namespace).list().getItems(),
                client.apps().deployments().inNamespace(namespace).list().getItems(),
                client.apps().statefulSets().inNamespace(namespace).list().getItems(),
                client.persistentVolumeClaims().inNamespace(namespace).list().getItems(),
                optional(() -> client.persistentVolumes().list().getItems(), List.of()),
                optional(() -> client.v1().events().inNamespace(namespace).list().getItems(), List.of()),
                externalSecrets(), secretNames,
                optional(() -> client.nodes().list().getItems(), List.of()), guideReplicas);
    }

    private List<GenericKubernetesResource> externalSecrets() {
        for (String version : ESO_VERSIONS) {
            List<GenericKubernetesResource> found = optional(() -> client.genericKubernetesResources(version,
                    "ExternalSecret").inNamespace(namespace).list().getItems(), List.of());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static <T> T optional(Supplier<T> read, T absent) {
        try {
            return read.get();
        } catch (KubernetesClientException e) {
            return absent;
        }
    }
}
