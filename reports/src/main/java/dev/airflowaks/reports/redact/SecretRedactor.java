package dev.airflowaks.reports.redact;

import dev.airflowaks.reports.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that makes Kubernetes objects safe to write or show: every Secret's {@code data} (base64, measured
 * decoded) and {@code stringData} value, and every value an ESO {@code fake} provider store carries in
 * {@code spec.provider.fake.data[].value} (the local profile's stand-in for Key Vault), becomes
 * {@code <redacted: N bytes, sha256 0123456789ab>}: enough to compare two runs, never enough to read. The
 * {@code last-applied-configuration} annotation of such an object, which repeats the data, is dropped.
 *
 * <p>It parses the text (YAML, one or many documents, or JSON) rather than matching lines, so nesting (a
 * {@code kind: List}), flow maps and block scalars cannot hide a value. Text without such an object is returned
 * unchanged; text that names a Secret but does not parse is replaced whole by one marker, because a half-understood
 * Secret is not safe to show.
 *
 * <p>The conformance suite redacts evidence when it writes it; the HTML report redacts again before rendering,
 * because a report is shared widely.
 */
public final class SecretRedactor {

    /** kubectl's annotation that repeats an applied object, data included. */
    public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final JsonMapper json = JsonMapper.builder().build();

    /** The evidence's content with every Secret value replaced. */
    public String redact(Evidence e) {
        return redact(e.content());
    }

    /** YAML or JSON text with every Secret value replaced; unchanged when it holds none. */
    public String redact(String text) {
        if (text == null || !text.contains("Secret") && !text.contains(LAST_APPLIED)) {
            return text;
        }
        List<Object> documents;
        try {
            documents = new ArrayList<>();
            new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(documents::add);
        } catch (YamlEngineException notYaml) {
            return namesASecret(text) ? marker(text.getBytes(StandardCharsets.UTF_8)) : text;
        }
        if (!SecretTree.redact(documents)) {
            boolean structured = documents.stream().anyMatch(d -> d instanceof Map || d instanceof List);
            return structured || !namesASecret(text) ? text : marker(text.getBytes(StandardCharsets.UTF_8));
        }
        String trimmed = text.stripLeading();
        if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && documents.size() == 1) {
            try {
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(documents.get(0));
            } catch (JacksonException e) {
                return marker(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return YamlText.dumpAll(documents);
    }

    /** {@code <redacted: N bytes, sha256 0123456789ab>}: the value's length and the start of its hash. */
    public static String marker(byte[] value) {
        return "<redacted: " + value.length + " bytes, sha256 " + sha256(value).substring(0, 12) + ">";
    }

    private static boolean namesASecret(String text) {
        return text.lines().map(String::strip).map(l -> l.replace("\"", "").replace("'", "").replace(" ", ""))
                .anyMatch(l -> l.contains("kind:Secret") || l.contains("kind:SecretStore")
                        || l.contains("kind:ClusterSecretStore"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
