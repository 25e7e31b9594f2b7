package dev.airflowaks.deployer.azure;

import java.util.List;
import java.util.Optional;

/**
 * The Azure gateway of the local profile, which has no Azure: every operation throws. It exists so that a local run
 * builds no SDK client, needs no credential, and a step that still reaches for Azure fails at once with the
 * operation's name instead of trying to log in somewhere.
 */
public final class NoAzureGateway implements AzureGateway {

    private static IllegalStateException refused(String operation) {
        return new IllegalStateException("local profile makes no Azure call: " + operation);
    }

    @Override
    public IdentityInfo identity(String resourceGroup, String identityName) {
        throw refused("identity " + identityName);
    }

    @Override
    public String oidcIssuer(String resourceGroup, String clusterName) {
        throw refused("oidcIssuer " + clusterName);
    }

    @Override
    public String vaultUri(String resourceGroup, String vaultName) {
        throw refused("vaultUri " + vaultName);
    }

    @Override
    public Optional<FederatedCredential> federatedCredential(String resourceGroup, String identityName, String name) {
        throw refused("federatedCredential " + name);
    }

    @Override
    public void putFederatedCredential(String resourceGroup, String identityName, FederatedCredential credential) {
        throw refused("putFederatedCredential " + credential.name());
    }

    @Override
    public void deleteFederatedCredential(String resourceGroup, String identityName, String name) {
        throw refused("deleteFederatedCredential " + name);
    }

    @Override
    public List<AccessPolicy> accessPolicies(String resourceGroup, String vaultName) {
        throw refused("accessPolicies " + vaultName);
    }

    @Override
    public void addAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy) {
        throw refused("addAccessPolicy " + vaultName);
    }

    @Override
    public void removeAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy) {
        throw refused("removeAccessPolicy " + vaultName);
    }

    @Override
    public boolean secretExists(String vaultUrl, String name) {
        throw refused("secretExists " + name);
    }

    @Override
    public void deleteSecret(String vaultUrl, String name) {
        throw refused("deleteSecret " + name);
    }

    @Override
    public boolean blobContainerExists(String resourceGroup, String account, String container) {
        throw refused("blobContainerExists " + container);
    }

    @Override
    public void deleteBlobContainer(String resourceGroup, String account, String container) {
        throw refused("deleteBlobContainer " + container);
    }

    @Override
    public boolean acrImageExists(String loginServer, String repository, String tag) {
        throw refused("acrImageExists " + loginServer + "/" + repository + ":" + tag);
    }

    @Override
    public void importImage(String resourceGroup, String registry, String sourceRegistry, String sourceImage,
                            String targetTag) {
        throw refused("importImage " + sourceRegistry + "/" + sourceImage);
    }
}
