package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.azure.Sha256;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes objects safe to write: a Secret's {@code data}/{@code stringData} values become
 * {@code <redacted: N bytes, sha256 0123456789ab>} (enough to compare two runs, never enough to read), and the
 * last-applied annotation, which repeats the data, is dropped.
 */
public final class SecretRedactor {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private SecretRedactor() {
    }

    /** YAML of the object, redacted when it is a Secret. */
    public static String yaml(HasMetadata object) {
        return Serialization.asYaml(object instanceof Secret s ? redact(s) : object);
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
