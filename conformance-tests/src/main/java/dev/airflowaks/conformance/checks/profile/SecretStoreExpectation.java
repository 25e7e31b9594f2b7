package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** What the existing SecretStore {@code azure-store} must look like; the check has already verified it exists. */
public interface SecretStoreExpectation {

    /** The guide's azurekv store, or the local profile's fake provider. */
    static SecretStoreExpectation of(CheckContext c) {
        return c.run().profile().pick(new AzureKvSecretStore(), new FakeProviderSecretStore());
    }

    /** Adds this profile's comparisons of {@code store} to {@code v} (the caller calls {@code done()}). */
    void compare(CheckContext c, GenericKubernetesResource store, Verification v);
}
