package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.conformance.azure.AccessPolicyInfo;
import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.azure.FederatedCredentialInfo;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.images.AcrImports;
import dev.airflowaks.guide.images.ImageImport;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Azure end of the chain: identity, federated credential, access policy, vault secrets, storage, the registry's
 * images. Without Azure access these links report "not checked" and are never blamed, so a root cause is never
 * invented.
 */
public final class AzureLinks {

    /** The audience the guide's federated credential must carry. */
    public static final String TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";

    private final Expectations expect;
    private final Optional<AzureReader> azure;

    public AzureLinks(Expectations expect, Optional<AzureReader> azure) {
        this.expect = expect;
        this.azure = azure;
    }

    private Link link(String label, Function<AzureReader, LinkState> probe) {
        return new Link(label, null, () -> azure.map(probe).orElse(LinkState.ok("not checked (no Azure access)")),
                List::of);
    }

    public Link identity() {
        return link("managed identity " + expect.find(Expectations.IDENTITY_NAME).orElse("?"),
                a -> a.identity().isPresent() ? LinkState.ok("exists")
                        : LinkState.broken("missing", GuideStepId.IDENTITY));
    }

    public Link federatedCredential() {
        return link("federated credential", this::federatedState);
    }

    /** Issuer, subject and audience against the cluster's OIDC issuer and {@code system:serviceaccount:ns:sa}. */
    public LinkState federatedState(AzureReader a) {
        List<FederatedCredentialInfo> credentials = a.federatedCredentials();
        if (credentials.isEmpty()) {
            return LinkState.broken("missing on identity " + expect.find(Expectations.IDENTITY_NAME).orElse("?"),
                    GuideStepId.FEDERATED_CREDENTIAL);
        }
        String subject = expect.federatedSubject();
        Optional<String> issuer = a.oidcIssuer().or(() -> expect.find(Expectations.OIDC_URL));
        FederatedCredentialInfo best = credentials.stream().filter(c -> subject.equals(c.subject())).findFirst()
                .orElse(credentials.get(0));
        if (!subject.equals(best.subject())) {
            return LinkState.broken("subject " + best.subject() + " ≠ expected " + subject,
                    GuideStepId.FEDERATED_CREDENTIAL);
        }
        if (issuer.isPresent() && !sameIssuer(issuer.get(), best.issuer())) {
            return LinkState.broken("issuer " + best.issuer() + " ≠ AKS OIDC issuer " + issuer.get(),
                    GuideStepId.FEDERATED_CREDENTIAL);
        }
        if (!best.audiences().contains(TOKEN_EXCHANGE_AUDIENCE)) {
            return LinkState.broken("audiences " + best.audiences() + " lack " + TOKEN_EXCHANGE_AUDIENCE,
                    GuideStepId.FEDERATED_CREDENTIAL);
        }
        return LinkState.ok("matches");
    }

    /** Entra compares issuers exactly; a trailing slash is the one difference the guide's own output tolerates. */
    static boolean sameIssuer(String a, String b) {
        return b != null && strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public Link accessPolicy() {
        return link("access policy", this::accessPolicyState);
    }

    public LinkState accessPolicyState(AzureReader a) {
        Optional<String> principal = expect.find(Expectations.PRINCIPAL_ID)
                .or(() -> a.identity().map(i -> i.principalId()));
        if (principal.isEmpty()) {
            return LinkState.broken("cannot be judged: the identity has no principal id", GuideStepId.IDENTITY);
        }
        boolean granted = a.accessPolicies().stream()
                .filter(p -> principal.get().equalsIgnoreCase(p.objectId())).anyMatch(AccessPolicyInfo::grantsSecretGet);
        return granted ? LinkState.ok("grants secrets get")
                : LinkState.broken("does not grant secrets get to principal " + principal.get(),
                GuideStepId.ACCESS_POLICY);
    }

    public Link vaultSecret(String name) {
        return link("Key Vault secret " + name, a -> a.secretSha256(name).isPresent() ? LinkState.ok("exists")
                : LinkState.broken("missing", GuideStepId.STORAGE_ACCOUNT));
    }

    /**
     * The account key in the vault against the account's current keys: a rotated or mistyped key passes every
     * cluster check (the Secret holds both keys), yet the blob mount fails on AKS.
     */
    public Link storageKey() {
        return link("Key Vault secret " + Expectations.VAULT_SECRET_ACCOUNT_KEY, this::storageKeyState);
    }

    public LinkState storageKeyState(AzureReader a) {
        Optional<String> stored = a.secretSha256(Expectations.VAULT_SECRET_ACCOUNT_KEY);
        if (stored.isEmpty()) {
            return LinkState.broken("missing", GuideStepId.STORAGE_ACCOUNT);
        }
        List<String> current = a.storageKeySha256s();
        String account = expect.find(Expectations.STORAGE_ACCOUNT).orElse("?");
        if (current.isEmpty()) {
            return LinkState.broken("cannot be compared: storage account " + account + " has no keys to list",
                    GuideStepId.STORAGE_ACCOUNT);
        }
        return current.contains(stored.get()) ? LinkState.ok("is a current key of " + account)
                : LinkState.broken("matches none of storage account " + account + "'s " + current.size()
                + " current keys (rotated or mistyped; hashes compared)", GuideStepId.STORAGE_ACCOUNT);
    }

    public Link storageContainer() {
        return link("storage container " + expect.storageContainer(), a -> {
            if (!a.storageAccountExists()) {
                return LinkState.broken("missing: storage account "
                        + expect.find(Expectations.STORAGE_ACCOUNT).orElse("?") + " does not exist",
                        GuideStepId.STORAGE_ACCOUNT);
            }
            return a.storageContainerExists() ? LinkState.ok("exists")
                    : LinkState.broken("missing", GuideStepId.STORAGE_ACCOUNT);
        });
    }

    /**
     * The guide's registry against the infrastructure article's imports ({@link AcrImports#GUIDE}), asked through
     * its data plane: a missing image is why the release's pods sit in ImagePullBackOff on AKS.
     */
    public Link acrImages() {
        return link("ACR " + expect.find(Expectations.ACR).orElse("?"), this::acrImagesState);
    }

    private LinkState acrImagesState(AzureReader a) {
        List<ImageImport> missing = missingImages(a);
        return missing.isEmpty() ? LinkState.ok("holds the " + AcrImports.GUIDE.size() + " imported images")
                : LinkState.broken("lacks " + missing.stream().map(this::absence).collect(Collectors.joining(", ")),
                GuideStepId.IMPORT_IMAGES);
    }

    /** The article's imports the registry does not hold, in the article's order. */
    public List<ImageImport> missingImages(AzureReader a) {
        List<String> missing = a.acrImagesMissing(AcrImports.GUIDE.stream().map(ImageImport::target).toList());
        return AcrImports.GUIDE.stream().filter(i -> missing.contains(i.target())).toList();
    }

    /** {@code <login>/airflow:2.9.3 (HEAD /v2/airflow/manifests/2.9.3: 404)}: the image and how it was asked. */
    private String absence(ImageImport i) {
        return expect.acrLoginServer() + "/" + i.target() + " (" + asked(i) + ": 404)";
    }

    /** How the data plane is asked for an image: {@code HEAD /v2/airflow/manifests/2.9.3}. */
    public static String asked(ImageImport i) {
        return "HEAD /v2/" + i.targetRepository() + "/manifests/" + i.targetTag();
    }
}
