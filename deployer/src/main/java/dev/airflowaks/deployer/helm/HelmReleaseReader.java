package dev.airflowaks.deployer.helm;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads Helm 3 release records from their storage Secrets, without Helm. The suite must not depend on helm-java to
 * judge a cluster (it may run where the native library cannot load), and the stored record is what {@code helm
 * status} shows anyway. The deployer reads the hooks from it too: helm-java's render drops them.
 */
public final class HelmReleaseReader {

    private final KubernetesClient client;

    public HelmReleaseReader(KubernetesClient client) {
        this.client = client;
    }

    /** The latest revision of the release, or empty when Helm never installed it in that namespace. */
    public Optional<HelmRelease> latest(String namespace, String release) {
        return client.secrets().inNamespace(namespace).withLabel("owner", "helm").withLabel("name", release)
                .list().getItems().stream()
                .max(Comparator.comparingInt(HelmReleaseReader::revisionOf))
                .map(HelmReleaseReader::decode);
    }

    private static int revisionOf(Secret s) {
        String v = s.getMetadata().getLabels() == null ? null : s.getMetadata().getLabels().get("version");
        try {
            return v == null ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Decodes the {@code release} key: base64 (Secret) of base64 of gzip of JSON. */
    static HelmRelease decode(Secret secret) {
        String data = secret.getData() == null ? null : secret.getData().get("release");
        if (data == null) {
            throw new IllegalStateException("Helm storage Secret " + secret.getMetadata().getName()
                    + " has no 'release' key");
        }
        byte[] inner = Base64.getDecoder().decode(Base64.getDecoder().decode(data));
        return parse(gunzipIfNeeded(inner));
    }

    private static byte[] gunzipIfNeeded(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt Helm release record", e);
        }
    }

    @SuppressWarnings("unchecked")
    static HelmRelease parse(byte[] json) {
        JsonNode root = Serialization.jsonMapper().readTree(new String(json, StandardCharsets.UTF_8));
        JsonNode meta = root.path("chart").path("metadata");
        List<HelmRelease.Hook> hooks = new ArrayList<>();
        for (JsonNode h : root.path("hooks")) {
            List<String> events = new ArrayList<>();
            h.path("events").forEach(e -> events.add(e.asString()));
            List<String> policies = new ArrayList<>();
            h.path("delete_policies").forEach(e -> policies.add(e.asString()));
            hooks.add(new HelmRelease.Hook(h.path("kind").asString(), h.path("name").asString(), events,
                    h.path("last_run").path("phase").asString(""), h.path("manifest").asString(""), policies));
        }
        Map<String, Object> config = root.hasNonNull("config")
                ? Serialization.jsonMapper().convertValue(root.get("config"), Map.class) : Map.of();
        return new HelmRelease(root.path("name").asString(), root.path("namespace").asString(),
                root.path("version").asInt(), root.path("info").path("status").asString(),
                meta.path("name").asString(), meta.path("version").asString(), meta.path("appVersion").asString(),
                config, root.path("manifest").asString(""), hooks);
    }
}
