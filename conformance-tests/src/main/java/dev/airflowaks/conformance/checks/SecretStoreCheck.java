package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.checks.profile.SecretStoreExpectation;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.DisplayName;

import java.util.Optional;

/**
 * Check 4: the SecretStore {@code azure-store} is the guide's: azurekv with WorkloadIdentity against the vault's URI,
 * through a ServiceAccount that exists, and ESO validated it ({@code Ready=True/Valid}). On the local profile it is
 * ESO's fake provider seeded with the same two keys, reported substituted ({@link SecretStoreExpectation}).
 */
@DisplayName("SecretStore azure-store")
@VerifiesStep(GuideStepId.SECRET_STORE)
public class SecretStoreCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("SecretStore azure-store is Ready/Valid with azurekv, WorkloadIdentity, the vault URI and a resolvable SA")
    public void storeIsValid(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Optional<GenericKubernetesResource> store = c.run().eso().secretStore(ns, Expectations.SECRET_STORE_NAME);
        SecretStoreExpectation expectation = SecretStoreExpectation.of(c);
        Verification v = c.verify(GuideStepId.SECRET_STORE, "SecretStore " + Expectations.SECRET_STORE_NAME,
                        c.run().links().secretStore())
                .about(ObjectRef.of("SecretStore", ns, Expectations.SECRET_STORE_NAME))
                .that("exists", "present", store.isPresent(), store.isPresent() ? "present"
                        : c.run().eso().servedVersion().isEmpty() ? "ESO CRDs not installed" : "missing")
                .checkpoint();
        expectation.compare(c, store.get(), v);
        v.done();
    }
}
