package dev.airflowaks.conformance.bench;

import dev.airflowaks.conformance.seed.GoodWorld;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts {@link GoodWorld} on a real API server (the twin's). GoodWorld writes statuses on create, which the fabric8
 * CRUD mock keeps but a real API server drops (status is written through {@code /status}, as controllers and the
 * kubelet do). So the world is seeded into a throw-away CRUD mock first and copied over: each object created
 * without its status, then its status written through the status subresource; owner references are rewritten to
 * the copied owners' new uids so the twin's garbage collector keeps the owned objects.
 */
final class TwinGoodWorld {

    /** The kinds GoodWorld seeds, owners before the objects they own, CRDs before their custom resources. */
    private static final List<ResourceDefinitionContext> KINDS = List.of(
            kind("", "v1", "Namespace", "namespaces", false),
            kind("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false),
            kind("", "v1", "PersistentVolume", "persistentvolumes", false),
            kind("", "v1", "ServiceAccount", "serviceaccounts", true),
            kind("external-secrets.io", "v1beta1", "SecretStore", "secretstores", true),
            kind("external-secrets.io", "v1beta1", "ExternalSecret", "externalsecrets", true),
            kind("", "v1", "Secret", "secrets", true),
            kind("", "v1", "ConfigMap", "configmaps", true),
            kind("", "v1", "Service", "services", true),
            kind("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true),
            kind("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
            kind("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
            kind("apps", "v1", "Deployment", "deployments", true),
            kind("apps", "v1", "StatefulSet", "statefulsets", true),
            kind("", "v1", "Pod", "pods", true));

    /** Held so that the staging mock's per-request INFO lines stay off (JUL keeps loggers weakly). */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private TwinGoodWorld() {
    }

    /** Seeds GoodWorld (ExternalSecret refreshed now) into {@code target}; returns the number of objects copied. */
    static int seed(KubernetesClient target) {
        MOCK_LOG.setLevel(Level.WARNING);
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer staging = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        try {
            staging.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        try (KubernetesClient source = staging.createClient()) {
            GoodWorld.seed(source);
            GoodWorld.refreshedNow(source);
            Map<String, String> uids = new HashMap<>();
            int copied = 0;
            for (ResourceDefinitionContext kind : KINDS) {
                List<GenericKubernetesResource> items = kind.isNamespaceScoped()
                        ? source.genericKubernetesResources(kind).inNamespace(GoodWorld.NS).list().getItems()
                        : source.genericKubernetesResources(kind).list().getItems();
                for (GenericKubernetesResource item : items) {
                    copy(target, kind, item, uids);
                    copied++;
                }
                if ("CustomResourceDefinition".equals(kind.getKind())) {
                    items.forEach(crd -> target.apiextensions().v1().customResourceDefinitions()
                            .withName(crd.getMetadata().getName()).waitUntilCondition(c -> c != null
                                    && c.getStatus() != null && c.getStatus().getConditions() != null
                                    && c.getStatus().getConditions().stream().anyMatch(x -> "Established"
                                    .equals(x.getType()) && "True".equals(x.getStatus())), 30, TimeUnit.SECONDS));
                }
            }
            return copied;
        } finally {
            staging.destroy();
        }
    }

    private static void copy(KubernetesClient target, ResourceDefinitionContext kind, GenericKubernetesResource item,
                             Map<String, String> uids) {
        ObjectMeta meta = item.getMetadata();
        meta.setResourceVersion(null);
        meta.setUid(null);
        meta.setCreationTimestamp(null);
        meta.setManagedFields(null);
        meta.setGeneration(null);
        if (meta.getOwnerReferences() != null) {
            for (OwnerReference ref : meta.getOwnerReferences()) {
                ref.setUid(uids.getOrDefault(ref.getKind() + "/" + ref.getName(), ref.getUid()));
            }
        }
        // sent as it is: a real API server drops the status where it is a subresource, and keeps it otherwise
        Object status = item.getAdditionalProperties().get("status");
        var resources = kind.isNamespaceScoped()
                ? target.genericKubernetesResources(kind).inNamespace(meta.getNamespace())
                : target.genericKubernetesResources(kind);
        GenericKubernetesResource created = resources.resource(item).create();
        uids.put(kind.getKind() + "/" + meta.getName(), created.getMetadata().getUid());
        // a CRD's and a Namespace's status belong to their controllers
        if (status != null && !status.equals(created.getAdditionalProperties().get("status"))
                && !"CustomResourceDefinition".equals(kind.getKind())
                && !"Namespace".equals(kind.getKind())) {
            created.setAdditionalProperty("status", status);
            resources.resource(created).updateStatus();
        }
    }

    private static ResourceDefinitionContext kind(String group, String version, String kind, String plural,
                                                  boolean namespaced) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural).withNamespaced(namespaced).build();
    }
}
