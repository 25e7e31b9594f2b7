package dev.airflowaks.conformance.seed;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds Helm 3 release storage Secrets the way Helm writes them (base64 of gzip of JSON, in a Secret). */
public final class HelmRecords {

    private HelmRecords() {
    }

    public static Secret release(String name, String namespace, int revision, String status, String chart,
                                 String chartVersion, String appVersion, Map<String, Object> config, String manifest,
                                 List<Map<String, Object>> hooks) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", name);
        record.put("namespace", namespace);
        record.put("version", revision);
        record.put("info", Map.of("status", status));
        record.put("chart", Map.of("metadata", Map.of("name", chart, "version", chartVersion,
                "appVersion", appVersion)));
        record.put("config", config);
        record.put("manifest", manifest);
        record.put("hooks", hooks);
        byte[] json = Serialization.asJson(record).getBytes(StandardCharsets.UTF_8);
        String helmEncoded = Base64.getEncoder().encodeToString(gzip(json));
        String secretData = Base64.getEncoder().encodeToString(helmEncoded.getBytes(StandardCharsets.UTF_8));
        return new SecretBuilder().withNewMetadata().withName("sh.helm.release.v1." + name + ".v" + revision)
                .withNamespace(namespace).addToLabels("owner", "helm").addToLabels("name", name)
                .addToLabels("status", status).addToLabels("version", String.valueOf(revision)).endMetadata()
                .withType("helm.sh/release.v1").addToData("release", secretData).build();
    }

    public static Map<String, Object> hook(String kind, String name, List<String> events, String phase) {
        return Map.of("kind", kind, "name", name, "events", events, "last_run", Map.of("phase", phase));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
