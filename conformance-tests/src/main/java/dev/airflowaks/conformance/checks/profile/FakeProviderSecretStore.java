package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.kube.Conditions;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local profile's stand-in for the azurekv store: ESO's {@code fake} provider, seeded with the two keys the
 * ExternalSecret reads from Key Vault on the guide, and validated by ESO ({@code Ready=True/Valid}). Reported as
 * substituted for workload identity. The key's value is a secret: only its presence is reported, never the value.
 */
final class FakeProviderSecretStore implements SecretStoreExpectation {

    @Override
    public void compare(CheckContext c, GenericKubernetesResource s, Verification v) {
        c.substitutedFor(Capability.WORKLOAD_IDENTITY);
        Map<String, String> data = fakeData(s);
        v.equal("Ready", "True/Valid", StoreFields.ready(s))
                .that("provider", "fake", Conditions.at(s, "spec.provider.fake").isPresent(), StoreFields.providers(s));
        for (String key : List.of(Expectations.VAULT_SECRET_ACCOUNT_NAME, Expectations.VAULT_SECRET_ACCOUNT_KEY)) {
            String value = data.get(key);
            v.that("fake.data " + key, "present with a value", value != null && !value.isBlank(),
                    value == null ? "missing (keys: " + data.keySet() + ")" : value.isBlank() ? "empty" : "present");
        }
        c.run().expectations().find(Expectations.STORAGE_ACCOUNT).ifPresent(account -> v.equal(
                "fake.data " + Expectations.VAULT_SECRET_ACCOUNT_NAME + " value", account,
                data.getOrDefault(Expectations.VAULT_SECRET_ACCOUNT_NAME, "missing")));
    }

    /** {@code spec.provider.fake.data} as key → value (values stay in memory, never in a report entry). */
    static Map<String, String> fakeData(GenericKubernetesResource store) {
        Map<String, String> out = new LinkedHashMap<>();
        Object data = Conditions.at(store, "spec.provider.fake.data").orElse(List.of());
        if (data instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> m && m.get("key") != null) {
                    out.put(String.valueOf(m.get("key")), m.get("value") == null ? "" : String.valueOf(m.get("value")));
                }
            }
        }
        return out;
    }
}
