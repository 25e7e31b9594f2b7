package dev.airflowaks.deployer.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The part of ESO a local-profile apply waits for, on a mock with no controllers: an ExternalSecret whose
 * SecretStore uses the fake provider is synced into its target Secret ({@code remoteRef.key} looked up in
 * {@code spec.provider.fake.data}) and marked {@code Ready=True}; a key the store lacks leaves it unsynced, as ESO
 * would. Polls every 50 ms on its own thread until closed.
 */
public final class FakeEso implements AutoCloseable {

    private final KubernetesClient client;
    private final String apiVersion;
    private final String namespace;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-eso");
        t.setDaemon(true);
        return t;
    });

    public FakeEso(KubernetesClient client, String apiVersion, String namespace) {
        this.client = client;
        this.apiVersion = apiVersion;
        this.namespace = namespace;
        loop.scheduleWithFixedDelay(this::reconcileQuietly, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            // the namespace or CRDs may not exist yet; try again on the next tick
        }
    }

    @SuppressWarnings("unchecked")
    private void reconcile() {
        for (GenericKubernetesResource es : client.genericKubernetesResources(apiVersion, "ExternalSecret")
                .inNamespace(namespace).list().getItems()) {
            if (es.getAdditionalProperties().get("status") != null) {
                continue;
            }
            Map<String, Object> spec = (Map<String, Object>) es.getAdditionalProperties().get("spec");
            String storeName = (String) ((Map<String, Object>) spec.get("secretStoreRef")).get("name");
            GenericKubernetesResource store = client.genericKubernetesResources(apiVersion, "SecretStore")
                    .inNamespace(namespace).withName(storeName).get();
            Map<String, String> fake = fakeData(store);
            Map<String, String> data = new LinkedHashMap<>();
            for (Map<String, Object> d : (List<Map<String, Object>>) spec.get("data")) {
                String remote = (String) ((Map<String, Object>) d.get("remoteRef")).get("key");
                Optional.ofNullable(fake.get(remote)).ifPresent(v -> data.put((String) d.get("secretKey"),
                        Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
            }
            if (data.size() != ((List<?>) spec.get("data")).size()) {
                continue;
            }
            String target = (String) ((Map<String, Object>) spec.get("target")).get("name");
            client.secrets().inNamespace(namespace).resource(new SecretBuilder().withNewMetadata().withName(target)
                    .withNamespace(namespace).endMetadata().withData(data).build()).create();
            es.getAdditionalProperties().put("status", Map.of("conditions", List.of(Map.of("type", "Ready",
                    "status", "True", "reason", "SecretSynced"))));
            client.resource(es).update();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fakeData(GenericKubernetesResource store) {
        Map<String, String> out = new LinkedHashMap<>();
        if (store == null) {
            return out;
        }
        Map<String, Object> provider = (Map<String, Object>) ((Map<String, Object>) store.getAdditionalProperties()
                .get("spec")).get("provider");
        Object fake = provider.get("fake");
        if (fake instanceof Map<?, ?> f && f.get("data") instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> e = (Map<String, Object>) o;
                out.put((String) e.get("key"), (String) e.get("value"));
            }
        }
        return out;
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
