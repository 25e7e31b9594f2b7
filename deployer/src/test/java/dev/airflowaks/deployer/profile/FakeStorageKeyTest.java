package dev.airflowaks.deployer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.airflowaks.deployer.testing.TestConfigs;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeStorageKeyTest {

    private final LocalObjects objects = new LocalObjects(TestConfigs.local(Map.of()));

    @Test
    void generatedOncePerRunRandomPerRunAnd48Bytes() {
        FakeStorageKey run = new FakeStorageKey();
        String key = run.resolve(Optional.empty());
        assertEquals(key, run.resolve(Optional.empty()), "the same key for plan and apply of one run");
        assertEquals(48, Base64.getDecoder().decode(key).length);
        assertEquals(64, key.length());
        assertNotEquals(key, new FakeStorageKey().resolve(Optional.empty()));
    }

    @Test
    void theLiveStoresKeyIsReused() {
        var live = objects.secretStore("external-secrets.io/v1", "live-key");
        assertEquals("live-key", new FakeStorageKey().resolve(Optional.of(live)));
        var guideStore = new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                .withApiVersion("external-secrets.io/v1").withKind("SecretStore").withNewMetadata().withName("x")
                .endMetadata().addToAdditionalProperties("spec", Map.of("provider", Map.of("azurekv",
                        Map.of("vaultUrl", "https://v.vault.azure.net/")))).build();
        assertEquals(64, new FakeStorageKey().resolve(Optional.of(guideStore)).length(),
                "a store without a fake key gets a new one");
    }

    @Test
    void maskHidesEveryKeyTheRunSaw() {
        FakeStorageKey run = new FakeStorageKey();
        String generated = run.resolve(Optional.empty());
        run.resolve(Optional.of(objects.secretStore("external-secrets.io/v1", "live-key")));
        String masked = run.mask("invalid value " + generated + " and live-key");
        assertFalse(masked.contains(generated) || masked.contains("live-key"), masked);
        assertEquals("invalid value **** and ****", masked);
    }
}
