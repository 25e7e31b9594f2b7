package dev.airflowaks.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.reports.model.Evidence;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor();

    @Test
    void theRenderedPageNeverContainsASecretValueThatSlippedIntoEvidence() {
        String page = new HtmlReport().render(SampleReports.mixed());
        assertFalse(page.contains(SampleReports.SECRET_B64));
        assertFalse(page.contains(SampleReports.SECRET_VALUE));
        assertTrue(page.contains("azurestorageaccountkey: &lt;redacted: 40 bytes, sha256 "), "key kept, value masked");
    }

    @Test
    void masksYamlDataAndStringDataIncludingBlockScalarsAndFlowMaps() {
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
                  visible: yes
                """;
        String out = redactor.redact(Evidence.yaml("y", yaml));
        assertFalse(out.contains("hunter2"), out);
        assertFalse(out.contains("hunter3"), out);
        assertFalse(out.contains("line2"), out);
        assertFalse(out.contains("aHVudGVyNA=="), out);
        assertTrue(out.contains("  password: <redacted: 7 bytes, sha256 "), out);
        assertTrue(out.contains("type: Opaque"), "fields after the data map are kept");
        assertTrue(out.contains("visible: yes"), "a ConfigMap in another document is untouched");
    }

    @Test
    void masksSecretsInsideAListDocument() {
        String yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  data:\n    k: c2VjcmV0\n";
        String out = redactor.redact(Evidence.yaml("y", yaml));
        assertFalse(out.contains("c2VjcmV0"), out);
    }

    @Test
    void masksJsonSecretsAndLists() {
        String json = "{\"kind\":\"List\",\"items\":[{\"kind\":\"Secret\",\"data\":{\"k\":\"c2VjcmV0\"}},"
                + "{\"kind\":\"ConfigMap\",\"data\":{\"c\":\"visible\"}}]}";
        String out = redactor.redact(new Evidence("j", "application/json", json));
        assertFalse(out.contains("c2VjcmV0"), out);
        assertTrue(out.contains("visible"), out);
    }

    @Test
    void leavesEvidenceWithoutSecretsAlone() {
        String text = "data:\n  password: not-a-secret-object\n";
        assertEquals(text, redactor.redact(Evidence.text("t", text)));
    }
}
