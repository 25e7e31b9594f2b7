package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import dev.airflowaks.conformance.kube.Conditions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;


/**
 * The guide's store: azurekv with WorkloadIdentity against the vault's URI, through a ServiceAccount that exists, and
 * validated by ESO ({@code Ready=True/Valid}).
 */
final class AzureKvSecretStore implements SecretStoreExpectation {

    @Override
    public void compare(CheckContext c, GenericKubernetesResource s, Verification v) {
        String ns = c.run().expectations().namespace();
        String vaultUri = c.run().azure().flatMap(AzureReader::vaultUri).or(c.run().expectations()::keyVaultUrl)
                .orElseThrow(() -> new MissingExpectationException(Expectations.KEYVAULT_URL));
        String saName = Conditions.at(s, "spec.provider.azurekv.serviceAccountRef.name").map(String::valueOf)
                .orElse(null);
        boolean saResolves = saName != null
                && c.run().client().serviceAccounts().inNamespace(ns).withName(saName).get() != null;
        String actualUrl = Conditions.at(s, "spec.provider.azurekv.vaultUrl").map(String::valueOf).orElse(null);
        v.equal("Ready", "True/Valid", StoreFields.ready(s))
                .that("provider", "azurekv", Conditions.at(s, "spec.provider.azurekv").isPresent(),
                        StoreFields.providers(s))
                .equal("authType", "WorkloadIdentity", Conditions.at(s, "spec.provider.azurekv.authType")
                        .orElse("ServicePrincipal (default)"))
                .that("vaultUrl", vaultUri, sameUrl(vaultUri, actualUrl), actualUrl == null ? "unset" : actualUrl)
                .that("serviceAccountRef", "resolves to a ServiceAccount in " + ns, saResolves,
                        saName == null ? "unset" : saResolves ? saName : saName + " (missing)");
    }

    static boolean sameUrl(String expected, String actual) {
        return actual != null && strip(expected).equalsIgnoreCase(strip(actual));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
