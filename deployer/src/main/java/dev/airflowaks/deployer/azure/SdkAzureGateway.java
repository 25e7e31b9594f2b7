package dev.airflowaks.deployer.azure;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.containerregistry.models.ImportImageParameters;
import com.azure.resourcemanager.containerregistry.models.ImportMode;
import com.azure.resourcemanager.containerregistry.models.ImportSource;
import com.azure.resourcemanager.keyvault.fluent.models.VaultAccessPolicyParametersInner;
import com.azure.resourcemanager.keyvault.models.AccessPolicyEntry;
import com.azure.resourcemanager.keyvault.models.AccessPolicyUpdateKind;
import com.azure.resourcemanager.keyvault.models.Permissions;
import com.azure.resourcemanager.keyvault.models.SecretPermissions;
import com.azure.resourcemanager.keyvault.models.VaultAccessPolicyProperties;
import com.azure.resourcemanager.msi.fluent.models.FederatedIdentityCredentialInner;
import com.azure.resourcemanager.msi.models.Identity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link AzureGateway} over the Azure SDK managers of {@link AzureClients}. */
public final class SdkAzureGateway implements AzureGateway {

    private final AzureClients clients;

    public SdkAzureGateway(AzureClients clients) {
        this.clients = clients;
    }

    /** The SDK clients behind this gateway, for other reads in the same command (one credential, one token). */
    public AzureClients clients() {
        return clients;
    }

    @Override
    public IdentityInfo identity(String resourceGroup, String identityName) {
        Identity id = clients.msi().identities().getByResourceGroup(resourceGroup, identityName);
        return new IdentityInfo(id.clientId(), id.principalId(), id.tenantId());
    }

    @Override
    public String oidcIssuer(String resourceGroup, String clusterName) {
        var cluster = clients.containerService().serviceClient().getManagedClusters()
                .getByResourceGroup(resourceGroup, clusterName);
        if (cluster.oidcIssuerProfile() == null || cluster.oidcIssuerProfile().issuerUrl() == null) {
            throw new IllegalStateException("cluster " + clusterName + " has no OIDC issuer: enable it with "
                    + "'az aks update --enable-oidc-issuer --enable-workload-identity' as the guide does");
        }
        return cluster.oidcIssuerProfile().issuerUrl();
    }

    @Override
    public String vaultUri(String resourceGroup, String vaultName) {
        return clients.keyVault().serviceClient().getVaults().getByResourceGroup(resourceGroup, vaultName)
                .properties().vaultUri();
    }

    @Override
    public Optional<FederatedCredential> federatedCredential(String resourceGroup, String identityName,
                                                             String name) {
        try {
            FederatedIdentityCredentialInner fic = clients.msi().serviceClient().getFederatedIdentityCredentials()
                    .get(resourceGroup, identityName, name);
            return Optional.ofNullable(fic).map(f -> new FederatedCredential(name, f.issuer(), f.subject(),
                    f.audiences() == null ? List.of() : f.audiences()));
        } catch (ManagementException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void putFederatedCredential(String resourceGroup, String identityName, FederatedCredential credential) {
        clients.msi().serviceClient().getFederatedIdentityCredentials().createOrUpdate(resourceGroup, identityName,
                credential.name(), new FederatedIdentityCredentialInner().withIssuer(credential.issuer())
                        .withSubject(credential.subject()).withAudiences(credential.audiences()));
    }

    @Override
    public void deleteFederatedCredential(String resourceGroup, String identityName, String name) {
        clients.msi().serviceClient().getFederatedIdentityCredentials().delete(resourceGroup, identityName, name);
    }

    @Override
    public List<AccessPolicy> accessPolicies(String resourceGroup, String vaultName) {
        var props = clients.keyVault().serviceClient().getVaults().getByResourceGroup(resourceGroup, vaultName)
                .properties();
        if (props == null || props.accessPolicies() == null) {
            return List.of();
        }
        return props.accessPolicies().stream().map(e -> new AccessPolicy(String.valueOf(e.tenantId()),
                e.objectId(), e.permissions() == null || e.permissions().secrets() == null ? List.of()
                        : e.permissions().secrets().stream().map(SecretPermissions::toString).toList())).toList();
    }

    @Override
    public void addAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy) {
        update(resourceGroup, vaultName, AccessPolicyUpdateKind.ADD, policy);
    }

    @Override
    public void removeAccessPolicy(String resourceGroup, String vaultName, AccessPolicy policy) {
        update(resourceGroup, vaultName, AccessPolicyUpdateKind.REMOVE, policy);
    }

    private void update(String rg, String vault, AccessPolicyUpdateKind kind, AccessPolicy policy) {
        AccessPolicyEntry entry = new AccessPolicyEntry().withTenantId(UUID.fromString(policy.tenantId()))
                .withObjectId(policy.objectId()).withPermissions(new Permissions().withSecrets(
                        policy.secretPermissions().stream().map(SecretPermissions::fromString).toList()));
        clients.keyVault().serviceClient().getVaults().updateAccessPolicy(rg, vault, kind,
                new VaultAccessPolicyParametersInner().withProperties(
                        new VaultAccessPolicyProperties().withAccessPolicies(List.of(entry))));
    }

    @Override
    public boolean secretExists(String vaultUrl, String name) {
        try {
            return clients.secrets(vaultUrl).getSecret(name) != null;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    @Override
    public void deleteSecret(String vaultUrl, String name) {
        clients.secrets(vaultUrl).beginDeleteSecret(name).waitForCompletion();
    }

    @Override
    public boolean blobContainerExists(String resourceGroup, String account, String container) {
        try {
            return clients.storage().serviceClient().getBlobContainers().get(resourceGroup, account, container)
                    != null;
        } catch (ManagementException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void deleteBlobContainer(String resourceGroup, String account, String container) {
        clients.storage().serviceClient().getBlobContainers().delete(resourceGroup, account, container);
    }

    @Override
    public boolean acrImageExists(String loginServer, String repository, String tag) {
        return clients.acrDataPlane(loginServer).manifestExists(repository, tag);
    }

    @Override
    public void importImage(String resourceGroup, String registry, String sourceRegistry, String sourceImage,
                            String targetTag) {
        clients.containerRegistry().serviceClient().getRegistries().importImage(resourceGroup, registry,
                new ImportImageParameters().withSource(new ImportSource().withRegistryUri(sourceRegistry)
                        .withSourceImage(sourceImage)).withTargetTags(List.of(targetTag)).withMode(ImportMode.NO_FORCE));
    }
}
