package dev.airflowaks.conformance.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.containerservice.models.KubernetesCluster;
import com.azure.resourcemanager.keyvault.KeyVaultManager;
import com.azure.resourcemanager.keyvault.models.Vault;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.msi.models.Identity;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.security.keyvault.secrets.SecretClient;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.deployer.azure.AcrDataPlane;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link AzureReader} over the Azure SDK: ARM managers for identity, vault, cluster and storage, and a Key Vault
 * {@link SecretClient} whose values are hashed immediately and dropped, and the deployer's {@link AcrDataPlane} for
 * the guide's registry. Only reads are issued (GETs; the data plane's token exchange and manifest HEAD). A 404
 * means "absent"; any other error propagates (the check is then broken, not failed).
 */
public final class AzureSdkReader implements AzureReader {

    private final Expectations expect;
    private final MsiManager msi;
    private final KeyVaultManager keyVault;
    private final ContainerServiceManager containers;
    private final StorageManager storage;
    private final SecretClient secrets;
    private final Function<String, AcrDataPlane> registries;

    /** @param registries the data plane of the registry with the given login server */
    public AzureSdkReader(Expectations expect, MsiManager msi, KeyVaultManager keyVault,
                          ContainerServiceManager containers, StorageManager storage, SecretClient secrets,
                          Function<String, AcrDataPlane> registries) {
        this.expect = expect;
        this.msi = msi;
        this.keyVault = keyVault;
        this.containers = containers;
        this.storage = storage;
        this.secrets = secrets;
        this.registries = registries;
    }

    /** Connects from the standard AZURE_* variables and the twin's endpoint overrides ({@link AzureConnection}). */
    public static AzureSdkReader connect(Map<String, String> env, Expectations expect) {
        return new AzureConnection(env, expect).reader();
    }

    private String rg() {
        return expect.require(Expectations.RESOURCE_GROUP);
    }

    @Override
    public Optional<IdentityInfo> identity() {
        return absentOn404(() -> {
            Identity i = msi.identities().getByResourceGroup(rg(), expect.require(Expectations.IDENTITY_NAME));
            return new IdentityInfo(i.name(), i.clientId(), i.principalId(), i.tenantId());
        });
    }

    @Override
    public List<FederatedCredentialInfo> federatedCredentials() {
        return absentOn404(() -> msi.serviceClient().getFederatedIdentityCredentials()
                .list(rg(), expect.require(Expectations.IDENTITY_NAME)).stream()
                .map(c -> new FederatedCredentialInfo(c.name(), c.issuer(), c.subject(), c.audiences()))
                .toList()).orElse(List.of());
    }

    private Optional<Vault> vault() {
        return absentOn404(() -> keyVault.vaults().getByResourceGroup(rg(),
                expect.require(Expectations.KEYVAULT_NAME)));
    }

    @Override
    public Optional<String> vaultUri() {
        return vault().map(Vault::vaultUri);
    }

    @Override
    public List<AccessPolicyInfo> accessPolicies() {
        return vault().map(v -> v.accessPolicies().stream().map(p -> new AccessPolicyInfo(p.objectId(),
                p.permissions() == null || p.permissions().secrets() == null ? List.of()
                        : p.permissions().secrets().stream().map(Objects::toString).toList())).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> secretSha256(String secretName) {
        return absentOn404(() -> Sha256.hex(secrets.getSecret(secretName).getValue()));
    }

    @Override
    public Optional<String> oidcIssuer() {
        return absentOn404(() -> {
            KubernetesCluster cluster = containers.kubernetesClusters().getByResourceGroup(rg(),
                    expect.require(Expectations.CLUSTER_NAME));
            var profile = cluster.innerModel().oidcIssuerProfile();
            return profile == null ? null : profile.issuerUrl();
        });
    }

    @Override
    public boolean storageAccountExists() {
        return absentOn404(() -> storage.storageAccounts().getByResourceGroup(rg(),
                expect.require(Expectations.STORAGE_ACCOUNT))).isPresent();
    }

    @Override
    public boolean storageContainerExists() {
        return absentOn404(() -> storage.blobContainers().get(rg(), expect.require(Expectations.STORAGE_ACCOUNT),
                expect.storageContainer())).isPresent();
    }

    @Override
    public List<String> storageKeySha256s() {
        return absentOn404(() -> storage.storageAccounts().getByResourceGroup(rg(),
                expect.require(Expectations.STORAGE_ACCOUNT))).map(a -> a.getKeys().stream()
                .map(k -> Sha256.hex(k.value())).toList()).orElse(List.of());
    }

    @Override
    public List<String> acrImagesMissing(List<String> references) {
        return registries.apply(expect.acrLoginServer()).missing(references);
    }

    private static <T> Optional<T> absentOn404(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
