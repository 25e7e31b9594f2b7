package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.kube.GuideNames;

import dev.airflowaks.deployer.config.ChartSource;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Optional;

/**
 * Which {@code external-secrets.io} version to write: {@code v1} when the cluster serves it, else {@code v1beta1}.
 * ESO 0.17+ stopped serving v1beta1 and 0.16 added v1, so writing a fixed version breaks one side or the other.
 * Found by API discovery; when ESO is not installed yet (a plan on an empty cluster) the pinned chart version
 * decides.
 */
public final class EsoApiVersion {

    private EsoApiVersion() {
    }

    public static String choose(KubernetesClient client, ChartSource esoChart) {
        return served(client).orElseGet(() -> expectedFor(esoChart.version()));
    }

    /** The preferred served version, or empty when the group is not served. */
    public static Optional<String> served(KubernetesClient client) {
        List<String> versions = discovery(client);
        if (versions.isEmpty()) {
            versions = fromCrd(client);
        }
        if (versions.contains("v1")) {
            return Optional.of("v1");
        }
        return versions.contains("v1beta1") ? Optional.of("v1beta1") : Optional.empty();
    }

    static String expectedFor(String chartVersion) {
        String[] parts = chartVersion.replaceFirst("^v", "").split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return major > 0 || minor >= 16 ? "v1" : "v1beta1";
    }

    private static List<String> discovery(KubernetesClient client) {
        try {
            APIGroup group = client.getApiGroup(GuideNames.ESO_GROUP);
            if (group == null || group.getVersions() == null) {
                return List.of();
            }
            return group.getVersions().stream().map(GroupVersionForDiscovery::getVersion).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> fromCrd(KubernetesClient client) {
        try {
            CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions()
                    .withName("externalsecrets." + GuideNames.ESO_GROUP).get();
            if (crd == null) {
                return List.of();
            }
            return crd.getSpec().getVersions().stream().filter(v -> Boolean.TRUE.equals(v.getServed()))
                    .map(CustomResourceDefinitionVersion::getName).toList();
        } catch (KubernetesClientException e) {
            return List.of();
        }
    }
}
