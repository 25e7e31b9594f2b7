package dev.airflowaks.reports.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.reports.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor();

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void masksDataAndStringDataIncludingBlockScalarsAndFlowMapsAcrossDocuments() {
        String yaml = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                stringData:
                  password: hunter2
                  cert: |
                    -----BEGIN hunter3-----
                    line2
                  # a comment
                data: {token: aHVudGVyNA==}
                type: Opaque
                ---
                kind: ConfigMap
                data:
                  visible: yes-visible
                """;
        String out = redactor.redact(Evidence.yaml("y", yaml));
        for (String leaked : new String[] {"hunter2", "hunter3", "line2", "aHVudGVyNA=="}) {
            assertFalse(out.contains(leaked), leaked + " in\n" + out);
        }
        assertTrue(out.contains("password: '" + SecretRedactor.marker("hunter2".getBytes(StandardCharsets.UTF_8))), out);
        assertTrue(out.contains("type: Opaque"), "fields after the data map are kept");
        assertTrue(out.contains("---\nkind: ConfigMap") && out.contains("visible: yes-visible"),
                "the ConfigMap in the second document is kept, untouched");
    }

    @Test
    void aBase64DataValueIsMeasuredDecodedSoTheMarkerMatchesTheRealSecret() {
        String value = "s3cr3t-Pa55w0rd-do-not-print";
        String out = redactor.redact("kind: Secret\ndata:\n  k: " + b64(value) + "\n  notb64: '%%%'\n");
        assertTrue(out.contains(SecretRedactor.marker(value.getBytes(StandardCharsets.UTF_8))), out);
        assertTrue(out.contains("<redacted: 28 bytes, sha256 "), out);
        assertTrue(out.contains("notb64: '<redacted: 3 bytes"), "a value that is not base64 is measured as written: " + out);
    }

    @Test
    void masksSecretsNestedInAListDocumentAtAnyDepth() {
        String yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  data:\n    k: c2VjcmV0\n"
                + "- kind: Wrapper\n  spec:\n    inner:\n      template:\n        kind: Secret\n        stringData:\n          deep: buried-value\n";
        String out = redactor.redact(Evidence.yaml("y", yaml));
        assertFalse(out.contains("c2VjcmV0"), out);
        assertFalse(out.contains("buried-value"), out);
        assertTrue(out.contains("kind: Wrapper"), out);
    }

    @Test
    void masksJsonSecretsAndListsAndAnswersInJson() {
        String json = "{\"kind\":\"List\",\"items\":[{\"kind\":\"Secret\",\"data\":{\"k\":\"c2VjcmV0\"}},"
                + "{\"kind\":\"ConfigMap\",\"data\":{\"c\":\"visible\"}}]}";
        String out = redactor.redact(new Evidence("j", "application/json", json));
        assertFalse(out.contains("c2VjcmV0"), out);
        assertTrue(out.contains("\"c\" : \"visible\""), out);
        assertTrue(out.contains("\"k\" : \"<redacted: 6 bytes, sha256 "), "JSON in, JSON out: " + out);
    }

    @Test
    void dropsTheLastAppliedAnnotationThatRepeatsTheData() {
        String yaml = "kind: Secret\nmetadata:\n  name: s\n  annotations:\n    " + SecretRedactor.LAST_APPLIED
                + ": '{\"data\":{\"k\":\"c2VjcmV0\"}}'\n    keep: me\ndata:\n  k: c2VjcmV0\n";
        String out = redactor.redact(yaml);
        assertFalse(out.contains("c2VjcmV0"), out);
        assertFalse(out.contains(SecretRedactor.LAST_APPLIED), out);
        assertTrue(out.contains("keep: me"), out);
    }

    @Test
    void masksTheValuesOfAnEsoFakeProviderStore() {
        String yaml = "apiVersion: external-secrets.io/v1\nkind: SecretStore\nspec:\n  provider:\n    fake:\n      data:\n"
                + "      - key: AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY\n        value: c2VlZGVkLXN0YW5kLWluLWtleQ==\n";
        String out = redactor.redact(yaml);
        assertFalse(out.contains("c2VlZGVkLXN0YW5kLWluLWtleQ=="), out);
        assertTrue(out.contains("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY") && out.contains("<redacted: 28 bytes"), out);
    }

    @Test
    void textThatNamesASecretButDoesNotParseIsMaskedWhole() {
        String broken = "kind: Secret\ndata:\n  k: c2VjcmV0\n   bad: [indent\n";
        String out = redactor.redact(broken);
        assertFalse(out.contains("c2VjcmV0"), out);
        assertTrue(out.startsWith("<redacted: "), out);
    }

    @Test
    void leavesEvidenceWithoutSecretsAlone() {
        String text = "data:\n  password: not-a-secret-object\n";
        assertEquals(text, redactor.redact(Evidence.text("t", text)));
        String mentions = "event Warning FailedMount: Secret \"storage-account-credentials\" not found\n";
        assertEquals(mentions, redactor.redact(mentions), "a log line that mentions a Secret is not one");
        String noData = "kind: Secret\nmetadata:\n  name: empty\n";
        assertEquals(noData, redactor.redact(noData), "a Secret without values is shown as written");
    }
}
