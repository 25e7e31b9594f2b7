package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.azure.Sha256;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes objects safe to write: a Secret's {@code data}/{@code stringData} values become
 * {@code <redacted: N bytes, sha256 0123456789ab>} (enough to compare two runs, never enough to read), and the
 * last-applied annotation, which repeats the data, is dropped. The same holds for the values an ESO {@code fake}
 * provider store carries in its spec (the local profile's stand-in for Key Vault): they are the secrets the
 * ExternalSecret syncs, so a failed sync must not print them through the store's YAML.
 */
public final class SecretRedactor {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private SecretRedactor() {
    }

    private static final Set<String> STORE_KINDS = Set.of("SecretStore", "ClusterSecretStore");

    /** YAML of the object, redacted when it is a Secret or a secret store holding values. */
    public static String yaml(HasMetadata object) {
        if (object instanceof Secret s) {
            return Serialization.asYaml(redact(s));
        }
        if (object instanceof GenericKubernetesResource g && STORE_KINDS.contains(g.getKind())) {
            return Serialization.asYaml(redactStore(g));
        }
        return Serialization.asYaml(object);
    }

    /** A copy of the store with each {@code spec.provider.fake.data[].value} replaced by its placeholder. */
    @SuppressWarnings("unchecked")
    public static GenericKubernetesResource redactStore(GenericKubernetesResource store) {
        GenericKubernetesResource copy = Serialization.unmarshal(Serialization.asJson(store),
                GenericKubernetesResource.class);
        if (copy.getMetadata().getAnnotations() != null) {
            copy.getMetadata().getAnnotations().remove(LAST_APPLIED);
        }
        Object spec = copy.getAdditionalProperties().get("spec");
        Object provider = spec instanceof Map<?, ?> m ? m.get("provider") : null;
        Object fake = provider instanceof Map<?, ?> m ? m.get("fake") : null;
        Object data = fake instanceof Map<?, ?> m ? m.get("data") : null;
        if (data instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> e && e.get("value") != null) {
                    ((Map<String, Object>) e).put("value",
                            placeholder(String.valueOf(e.get("value")).getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return copy;
    }

    public static Secret redact(Secret secret) {
        Map<String, String> data = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> data.put(k, placeholder(decode(v))));
        }
        Map<String, String> stringData = new LinkedHashMap<>();
        if (secret.getStringData() != null) {
            secret.getStringData().forEach((k, v) -> stringData.put(k, placeholder(v.getBytes())));
        }
        SecretBuilder b = new SecretBuilder(secret).withData(data.isEmpty() ? null : data)
                .withStringData(stringData.isEmpty() ? null : stringData);
        if (secret.getMetadata().getAnnotations() != null
                && secret.getMetadata().getAnnotations().containsKey(LAST_APPLIED)) {
            b.editMetadata().removeFromAnnotations(LAST_APPLIED).endMetadata();
        }
        return b.build();
    }

    public static String placeholder(byte[] value) {
        return "<redacted: " + value.length + " bytes, sha256 " + Sha256.hex(value).substring(0, 12) + ">";
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return base64.getBytes();
        }
    }
}
