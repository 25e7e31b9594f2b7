package dev.airflowaks.conformance.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.List;
import java.util.Optional;

/**
 * The External Secrets API as this cluster serves it. The guide's manifests use {@code v1beta1}, which ESO 0.17+
 * no longer serves; the suite reads whichever version is served (preferring v1beta1) and records it for the report.
 */
public final class EsoApi {

    public static final String GROUP = "external-secrets.io";
    public static final String EXTERNAL_SECRETS_CRD = "externalsecrets." + GROUP;
    public static final String SECRET_STORES_CRD = "secretstores." + GROUP;

    private final KubernetesClient client;
    private final Optional<String> version;

    private EsoApi(KubernetesClient client, Optional<String> version) {
        this.client = client;
        this.version = version;
    }

    /** Reads the ExternalSecret CRD once; an absent CRD yields an API with no served version. */
    public static EsoApi discover(KubernetesClient client) {
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions()
                .withName(EXTERNAL_SECRETS_CRD).get();
        if (crd == null || crd.getSpec() == null || crd.getSpec().getVersions() == null) {
            return new EsoApi(client, Optional.empty());
        }
        List<String> served = crd.getSpec().getVersions().stream()
                .filter(v -> Boolean.TRUE.equals(v.getServed())).map(CustomResourceDefinitionVersion::getName).toList();
        Optional<String> chosen = served.contains("v1beta1") ? Optional.of("v1beta1")
                : served.contains("v1") ? Optional.of("v1") : served.stream().findFirst();
        return new EsoApi(client, chosen);
    }

    /** The version read, e.g. {@code v1beta1}; empty when ESO's CRDs are not installed. */
    public Optional<String> servedVersion() {
        return version;
    }

    public Optional<GenericKubernetesResource> secretStore(String namespace, String name) {
        return get("SecretStore", "secretstores", namespace, name);
    }

    public Optional<GenericKubernetesResource> externalSecret(String namespace, String name) {
        return get("ExternalSecret", "externalsecrets", namespace, name);
    }

    private Optional<GenericKubernetesResource> get(String kind, String plural, String namespace, String name) {
        if (version.isEmpty()) {
            return Optional.empty();
        }
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(GROUP)
                .withVersion(version.get()).withKind(kind).withPlural(plural).withNamespaced(true).build();
        return Optional.ofNullable(client.genericKubernetesResources(context).inNamespace(namespace)
                .withName(name).get());
    }
}
