package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.azure.FederatedCredentialInfo;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.images.AcrImports;
import dev.airflowaks.guide.images.ImageImport;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.rootcause.AzureLinks;
import dev.airflowaks.conformance.rootcause.LinkState;
import dev.airflowaks.conformance.context.RequiresCapability;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.targets.Capability;
import org.junit.jupiter.api.DisplayName;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Check 6: the Azure half of the guide, read (never written) through ARM and the registry's data plane: the
 * federated credential trusts this cluster's issuer for the right subject and audience, the vault lets the identity
 * read secrets, the storage account and container the logs volume mounts exist, and the registry holds the images
 * the release pulls.
 */
@DisplayName("Azure side")
@VerifiesStep(GuideStepId.FEDERATED_CREDENTIAL)
@RequiresCapability(Capability.AZURE)
public class AzureSideCheck extends GuideCheck {

    @ConformanceCheck
    @VerifiesStep(GuideStepId.FEDERATED_CREDENTIAL)
    @DisplayName("the federated credential's issuer, subject and audience match the cluster and the ServiceAccount")
    public void federatedCredentialMatches(CheckContext c) {
        AzureReader azure = c.run().requireAzure();
        List<FederatedCredentialInfo> credentials = azure.federatedCredentials();
        String subject = c.run().expectations().federatedSubject();
        Optional<FederatedCredentialInfo> cred = credentials.stream().filter(k -> subject.equals(k.subject()))
                .findFirst().or(() -> credentials.stream().findFirst());
        Optional<String> issuer = azure.oidcIssuer().or(() -> c.run().expectations().find(Expectations.OIDC_URL));
        LinkState state = new AzureLinks(c.run().expectations(), c.run().azure()).federatedState(azure);
        c.verify(GuideStepId.FEDERATED_CREDENTIAL, "federated credential on identity "
                        + c.run().expectations().find(Expectations.IDENTITY_NAME).orElse("?"),
                        c.run().links().azure().federatedCredential())
                .that("exists", "present", cred.isPresent(), cred.isPresent() ? cred.get().name() : "none")
                .checkpoint()
                .equal("subject", subject, cred.get().subject())
                .that("issuer", issuer.orElse("the AKS OIDC issuer (unknown: set OIDC_URL)"),
                        !state.text().startsWith("issuer"), cred.get().issuer())
                .that("audience", AzureLinks.TOKEN_EXCHANGE_AUDIENCE,
                        cred.get().audiences().contains(AzureLinks.TOKEN_EXCHANGE_AUDIENCE),
                        String.valueOf(cred.get().audiences()))
                .done();
    }

    @ConformanceCheck
    @VerifiesStep(GuideStepId.ACCESS_POLICY)
    @DisplayName("the vault's access policy grants secrets get to the identity's principal")
    public void accessPolicyGrantsGet(CheckContext c) {
        AzureReader azure = c.run().requireAzure();
        LinkState state = new AzureLinks(c.run().expectations(), c.run().azure()).accessPolicyState(azure);
        c.verify(GuideStepId.ACCESS_POLICY, "Key Vault " + c.run().expectations().find(Expectations.KEYVAULT_NAME)
                        .orElse("?") + " access policies", c.run().links().azure().accessPolicy())
                .that("secrets get for the identity's principal", "granted", !state.broken(), state.text())
                .done();
    }

    @ConformanceCheck
    @VerifiesStep(GuideStepId.STORAGE_ACCOUNT)
    @DisplayName("the storage account and its container exist")
    public void storageExists(CheckContext c) {
        AzureReader azure = c.run().requireAzure();
        String account = c.run().expectations().require(Expectations.STORAGE_ACCOUNT);
        boolean accountExists = azure.storageAccountExists();
        c.verify(GuideStepId.STORAGE_ACCOUNT, "storage account " + account, c.run().links().azure().storageContainer())
                .that("storage account " + account, "exists", accountExists, accountExists ? "exists" : "missing")
                .checkpoint()
                .that("container " + c.run().expectations().storageContainer(), "exists",
                        azure.storageContainerExists(), azure.storageContainerExists() ? "exists" : "missing")
                .done();
    }

    @ConformanceCheck
    @VerifiesStep(GuideStepId.STORAGE_ACCOUNT)
    @DisplayName("the storage key in the vault is one of the storage account's current keys")
    public void vaultKeyIsCurrent(CheckContext c) {
        AzureReader azure = c.run().requireAzure();
        LinkState state = new AzureLinks(c.run().expectations(), c.run().azure()).storageKeyState(azure);
        c.verify(GuideStepId.STORAGE_ACCOUNT, "Key Vault secret " + Expectations.VAULT_SECRET_ACCOUNT_KEY,
                        c.run().links().azure().storageKey())
                .that("its SHA-256", "one of the account's current keys (listKeys)", !state.broken(), state.text())
                .done();
    }

    /**
     * Issue 15: with an image missing from the registry, apply refuses before any change and every cluster check
     * judges an empty namespace; this names the image, so the headline is the import, not the namespace.
     */
    @ConformanceCheck
    @VerifiesStep(GuideStepId.IMPORT_IMAGES)
    @DisplayName("the guide's ACR holds every image the infrastructure article imports")
    public void acrHoldsTheImportedImages(CheckContext c) {
        AzureReader azure = c.run().requireAzure();
        Expectations expect = c.run().expectations();
        String acr = expect.require(Expectations.ACR);
        AzureLinks links = c.run().links().azure();
        Set<ImageImport> missing = Set.copyOf(links.missingImages(azure));
        Verification v = c.verify(GuideStepId.IMPORT_IMAGES, "ACR " + acr, links.acrImages());
        for (ImageImport i : AcrImports.GUIDE) {
            boolean held = !missing.contains(i);
            v.that(expect.acrLoginServer() + "/" + i.target(), "exists", held, held ? "exists"
                    : "missing (" + AzureLinks.asked(i) + ": 404); fix: " + i.command(acr));
        }
        v.done();
    }
}
