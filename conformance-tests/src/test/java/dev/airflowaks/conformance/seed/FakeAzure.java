package dev.airflowaks.conformance.seed;

import dev.airflowaks.conformance.azure.AccessPolicyInfo;
import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.azure.FederatedCredentialInfo;
import dev.airflowaks.conformance.azure.IdentityInfo;
import dev.airflowaks.conformance.azure.Sha256;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mutable Azure world for tests: starts as the guide's, and each fault edits one field. */
public final class FakeAzure implements AzureReader {

    public IdentityInfo identity = new IdentityInfo(GoodWorld.IDENTITY, GoodWorld.CLIENT_ID, GoodWorld.PRINCIPAL_ID,
            GoodWorld.TENANT);
    public final List<FederatedCredentialInfo> federated = new ArrayList<>(List.of(new FederatedCredentialInfo(
            "external-secret-operator", GoodWorld.OIDC, "system:serviceaccount:airflow:airflow",
            List.of("api://AzureADTokenExchange"))));
    public final List<AccessPolicyInfo> policies = new ArrayList<>(List.of(
            new AccessPolicyInfo(GoodWorld.PRINCIPAL_ID, List.of("get", "list"))));
    public final Map<String, String> secretValues = new HashMap<>(Map.of(
            "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME", GoodWorld.STORAGE_ACCOUNT,
            "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY", GoodWorld.STORAGE_KEY));
    public String vaultUri = "https://airflow-aks-kv.vault.azure.net/";
    public String oidcIssuer = GoodWorld.OIDC;
    public boolean storageAccount = true;
    public boolean storageContainer = true;
    /** The storage account's current keys, as listKeys returns them (the seeded world's key). */
    public final List<String> storageKeys = new ArrayList<>(List.of(GoodWorld.STORAGE_KEY));

    /** {@code repository:tag} the registry lacks (the guide's registry holds every import until a fault edits it). */
    public final Set<String> acrMissing = new HashSet<>();

    @Override
    public List<String> acrImagesMissing(List<String> references) {
        return references.stream().filter(acrMissing::contains).toList();
    }

    @Override
    public List<String> storageKeySha256s() {
        return storageAccount ? storageKeys.stream().map(dev.airflowaks.conformance.azure.Sha256::hex).toList()
                : List.of();
    }

    @Override
    public Optional<IdentityInfo> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public List<FederatedCredentialInfo> federatedCredentials() {
        return List.copyOf(federated);
    }

    @Override
    public Optional<String> vaultUri() {
        return Optional.ofNullable(vaultUri);
    }

    @Override
    public List<AccessPolicyInfo> accessPolicies() {
        return List.copyOf(policies);
    }

    @Override
    public Optional<String> secretSha256(String secretName) {
        return Optional.ofNullable(secretValues.get(secretName)).map(Sha256::hex);
    }

    @Override
    public Optional<String> oidcIssuer() {
        return Optional.ofNullable(oidcIssuer);
    }

    @Override
    public boolean storageAccountExists() {
        return storageAccount;
    }

    @Override
    public boolean storageContainerExists() {
        return storageContainer;
    }
}
