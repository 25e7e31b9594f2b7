package dev.airflowaks.deployer.azure;

import java.util.List;
import java.util.Optional;

/**
 * The Azure operations of the guide, as the deployer needs them: the {@code az ... show} look-ups, the federated
 * credential and the vault access policy (read, write, remove), the ACR image look-up and import, and the purge
 * operations of destroy. One interface
 * so steps can be unit-tested with an in-memory implementation and run against the SDK in production.
 */
public interface AzureGateway {

    IdentityInfo identity(String resourceGroup, String identityName);

    /** {@code az aks show --query oidcIssuerProfile.issuerUrl}. */
    String oidcIssuer(String resourceGroup, String clusterName);

    /** {@code az keyvault show --query properties.vaultUri}. */
    String vaultUri(String resourceGroup, String vaultName);

    Optional<FederatedCredential> federatedCredential(String resourceGroup, String identityName, String name);

    void putFederatedCredential(String resourceGroup, String identityName, FederatedCredential credential);

    void deleteFederatedCredential(String resourceGroup, String identityName, String name);

    List<AccessPolicy> accessPolicies(String resourceGroup, String vaultName);

    /** {@code PUT .../accessPolicies/add}: a union, never a duplicate entry. */
    void addAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy);

    void removeAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy);

    /** Whether the vault holds the named secret (data plane). Never returns its value. */
    boolean secretExists(String vaultUrl, String name);

    /** Deletes (soft-deletes) a vault secret: only {@code destroy --purge}. */
    void deleteSecret(String vaultUrl, String name);

    boolean blobContainerExists(String resourceGroup, String account, String container);

    /** Deletes the logs container and its blobs: only {@code destroy --purge}. */
    void deleteBlobContainer(String resourceGroup, String account, String container);

    /**
     * Whether the registry at {@code loginServer} holds {@code repository:tag}: the ACR data plane's
     * {@code HEAD /v2/<repository>/manifests/<tag>}, after the Entra to ACR token exchange.
     */
    boolean acrImageExists(String loginServer, String repository, String tag);

    /**
     * {@code az acr import --name <registry> --source <sourceRegistry>/<sourceImage> --image <targetTag>}: ARM's
     * long-running {@code importImage}, waited for; its failure (a gone source) is thrown with ARM's message.
     */
    void importImage(String resourceGroup, String registry, String sourceRegistry, String sourceImage,
                     String targetTag);
}
