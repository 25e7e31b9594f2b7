package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import dev.airflowaks.conformance.guide.GuideStep;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.Conditions;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;

import java.util.Optional;

/**
 * Check 4: the SecretStore {@code azure-store} is the guide's: azurekv with WorkloadIdentity against the vault's URI,
 * through a ServiceAccount that exists, and ESO validated it ({@code Ready=True/Valid}).
 */
@Order(4)
@DisplayName("4. SecretStore azure-store")
@VerifiesStep(value = GuideStep.SECRET_STORE, check = 4)
public class SecretStoreCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("SecretStore azure-store is Ready/Valid with azurekv, WorkloadIdentity, the vault URI and a resolvable SA")
    public void storeIsValid(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Optional<GenericKubernetesResource> store = c.run().eso().secretStore(ns, Expectations.SECRET_STORE_NAME);
        String vaultUri = c.run().azure().flatMap(AzureReader::vaultUri).or(c.run().expectations()::keyVaultUrl)
                .orElseThrow(() -> new MissingExpectationException(Expectations.KEYVAULT_URL));
        Verification v = c.verify(GuideStep.SECRET_STORE, "SecretStore " + Expectations.SECRET_STORE_NAME,
                        c.run().links().secretStore())
                .about(ObjectRef.of("SecretStore", ns, Expectations.SECRET_STORE_NAME))
                .that("exists", "present", store.isPresent(), store.isPresent() ? "present"
                        : c.run().eso().servedVersion().isEmpty() ? "ESO CRDs not installed" : "missing")
                .checkpoint();
        GenericKubernetesResource s = store.get();
        String saName = Conditions.at(s, "spec.provider.azurekv.serviceAccountRef.name").map(String::valueOf)
                .orElse(null);
        boolean saResolves = saName != null
                && c.run().client().serviceAccounts().inNamespace(ns).withName(saName).get() != null;
        v.equal("Ready", "True/Valid", Conditions.find(s, "Ready").map(k -> k.get("status") + "/" + k.get("reason"))
                        .orElse("no status"))
                .that("provider", "azurekv", Conditions.at(s, "spec.provider.azurekv").isPresent(),
                        Conditions.at(s, "spec.provider").map(p -> p instanceof java.util.Map<?, ?> m
                                ? String.valueOf(m.keySet()) : "?").orElse("none"))
                .equal("authType", "WorkloadIdentity", Conditions.at(s, "spec.provider.azurekv.authType")
                        .orElse("ServicePrincipal (default)"))
                .that("vaultUrl", vaultUri, sameUrl(vaultUri, Conditions.at(s, "spec.provider.azurekv.vaultUrl")
                        .map(String::valueOf).orElse(null)), Conditions.at(s, "spec.provider.azurekv.vaultUrl")
                        .map(String::valueOf).orElse("unset"))
                .that("serviceAccountRef", "resolves to a ServiceAccount in " + ns, saResolves,
                        saName == null ? "unset" : saResolves ? saName : saName + " (missing)")
                .done();
    }

    static boolean sameUrl(String expected, String actual) {
        return actual != null && strip(expected).equalsIgnoreCase(strip(actual));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
