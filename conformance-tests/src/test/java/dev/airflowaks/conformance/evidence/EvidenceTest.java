package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.reports.redact.SecretRedactor;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class EvidenceTest {

    KubernetesClient client;
    @TempDir
    Path dir;

    @Test
    void fakeProviderStoreYamlNeverCarriesItsSeededValues() {
        var store = new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                .withApiVersion("external-secrets.io/v1beta1").withKind("SecretStore")
                .withNewMetadata().withName("azure-store").withNamespace("airflow").endMetadata()
                .addToAdditionalProperties("spec", java.util.Map.of("provider", java.util.Map.of("fake",
                        java.util.Map.of("data", List.of(
                                java.util.Map.of("key", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY",
                                        "value", "c2VlZGVkLXN0YW5kLWluLWtleQ=="))))))
                .build();
        String yaml = new SecretRedactor().redact(Serialization.asYaml(store));
        assertFalse(yaml.contains("c2VlZGVkLXN0YW5kLWluLWtleQ=="), yaml);
        assertTrue(yaml.contains("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY") && yaml.contains("<redacted: 28 bytes"), yaml);
        assertTrue(new SecretRedactor().redact(Serialization.asYaml(store)).equals(yaml), "the original store is left untouched");
    }

    @Test
    void secretYamlCarriesLengthAndHashNeverTheValue() {
        Secret s = new SecretBuilder().withNewMetadata().withName("s").addToAnnotations(SecretRedactor.LAST_APPLIED,
                "{\"data\":{\"k\":\"" + GoodWorld.b64(GoodWorld.STORAGE_KEY) + "\"}}").endMetadata()
                .addToData("k", GoodWorld.b64(GoodWorld.STORAGE_KEY)).addToStringData("p", "plain-secret-value").build();
        String yaml = new SecretRedactor().redact(Serialization.asYaml(s));
        assertTrue(yaml.contains("<redacted: " + GoodWorld.STORAGE_KEY.length() + " bytes, sha256 "), yaml);
        assertFalse(yaml.contains(GoodWorld.b64(GoodWorld.STORAGE_KEY)), yaml);
        assertFalse(yaml.contains("plain-secret-value"), yaml);
        assertFalse(yaml.contains(SecretRedactor.LAST_APPLIED), yaml);
    }

    @Test
    void freeTextIsScrubbedOfKnownSecretValues() {
        SecretScrubber scrubber = new SecretScrubber(List.of(new SecretBuilder().addToData("k",
                GoodWorld.b64(GoodWorld.STORAGE_KEY)).addToData("short", GoodWorld.b64("abc")).build()));
        String out = scrubber.scrub("mount failed with key " + GoodWorld.STORAGE_KEY + " for abc");
        assertFalse(out.contains(GoodWorld.STORAGE_KEY));
        assertTrue(out.contains("<redacted secret value>") && out.endsWith("for abc"), out);
    }

    @Test
    void theWriterProducesTheFixedLayoutWithoutSecretValues() throws Exception {
        GoodWorld.seed(client);
        EvidenceWriter writer = new EvidenceWriter(client, EsoApi.discover(client), GoodWorld.NS);
        List<Path> files = writer.write(dir, "failed: the key is " + GoodWorld.STORAGE_KEY, List.of(
                ObjectRef.of("Secret", GoodWorld.NS, "storage-account-credentials"),
                ObjectRef.of("Deployment", GoodWorld.NS, "airflow-scheduler"),
                ObjectRef.of("ExternalSecret", GoodWorld.NS, "airflow-aks-azure-logs-secrets")));
        assertTrue(Files.exists(dir.resolve("failure.txt")));
        assertTrue(Files.exists(dir.resolve("events.log")));
        assertTrue(Files.exists(dir.resolve("secret-storage-account-credentials.yaml")));
        assertTrue(Files.exists(dir.resolve("deployment-airflow-scheduler.describe.txt")));
        assertTrue(Files.exists(dir.resolve("externalsecret-airflow-aks-azure-logs-secrets.yaml")));
        assertTrue(Files.exists(dir.resolve("pod-airflow-scheduler-6c9f8d7b5-xk2p9.yaml")));
        assertTrue(Files.exists(dir.resolve("logs/airflow-scheduler-6c9f8d7b5-xk2p9.scheduler.log")));
        assertTrue(Files.exists(dir.resolve("logs/airflow-scheduler-6c9f8d7b5-xk2p9.scheduler.previous.log")));
        for (Path f : files) {
            String text = Files.readString(f);
            assertFalse(text.contains(GoodWorld.STORAGE_KEY), f + " leaks a Secret value");
            assertFalse(text.contains(GoodWorld.b64(GoodWorld.STORAGE_KEY)), f + " leaks a base64 Secret value");
        }
    }

    @Test
    void failuresAreFailedAndEverythingElseIsBroken() {
        assertTrue(EvidenceCollector.classify(new AssertionError("x")).equals("failed"));
        assertTrue(EvidenceCollector.classify(new IllegalStateException("x")).equals("broken"));
    }
}
