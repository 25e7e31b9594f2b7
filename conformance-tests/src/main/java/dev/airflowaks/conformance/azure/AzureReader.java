package dev.airflowaks.conformance.azure;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the Azure side of the guide, for checks 2, 4, 5 and 6 and for root-cause analysis. It never
 * writes and never hands out a secret value: Key Vault secrets come back as a SHA-256 computed inside the reader.
 * {@link AzureSdkReader} is the real implementation; tests pass their own.
 */
public interface AzureReader {

    /** The user-assigned identity {@code MY_IDENTITY_NAME}, or empty when it does not exist. */
    Optional<IdentityInfo> identity();

    /** The federated credentials of that identity (empty when there are none or no identity). */
    List<FederatedCredentialInfo> federatedCredentials();

    /** The vault's URI ({@code https://<name>.vault.azure.net/}), or empty when the vault does not exist. */
    Optional<String> vaultUri();

    /** The vault's access policies, or empty when the vault does not exist. */
    List<AccessPolicyInfo> accessPolicies();

    /** The SHA-256 (hex) of the vault secret's current value, or empty when the secret does not exist. */
    Optional<String> secretSha256(String secretName);

    /** The AKS cluster's OIDC issuer URL, or empty when the cluster or its issuer profile is absent. */
    Optional<String> oidcIssuer();

    boolean storageAccountExists();

    boolean storageContainerExists();

    /**
     * SHA-256 hashes of the storage account's current access keys ({@code listKeys}); empty when the account does
     * not exist. Only hashes leave the reader, never a key.
     */
    List<String> storageKeySha256s();

    /**
     * The {@code repository:tag} references the guide's registry ({@code MY_ACR_REGISTRY}) lacks, asked through its
     * data plane ({@code HEAD /v2/<repository>/manifests/<tag>}: 200 or 404); ARM cannot list a registry's tags.
     */
    List<String> acrImagesMissing(List<String> references);
}
