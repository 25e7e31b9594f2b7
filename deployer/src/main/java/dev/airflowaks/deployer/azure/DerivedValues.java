package dev.airflowaks.deployer.azure;

import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;

/**
 * Fills the values the guide reads with {@code az ... show} (tenant, client id, principal id, vault URL, OIDC
 * issuer) when the user did not give them. Only the missing ones are looked up, and the identity is read at most
 * once. Each looked-up value is validated like a user-given one. The local profile has no Azure: nothing is looked
 * up there and the configuration is returned as given.
 */
public final class DerivedValues {

    private final AzureGateway azure;

    public DerivedValues(AzureGateway azure) {
        this.azure = azure;
    }

    public DeployConfig resolve(DeployConfig config) {
        if (config.profile() == Profile.LOCAL) {
            return config;
        }
        DeployConfig c = config;
        if (c.tenantId().isEmpty() || c.identityClientId().isEmpty() || c.identityPrincipalId().isEmpty()) {
            IdentityInfo id = azure.identity(c.resourceGroup(), c.identityName());
            if (c.tenantId().isEmpty()) {
                c = c.withDerived(ConfigKey.TENANT_ID, id.tenantId());
            }
            if (c.identityClientId().isEmpty()) {
                c = c.withDerived(ConfigKey.MY_IDENTITY_NAME_CLIENT_ID, id.clientId());
            }
            if (c.identityPrincipalId().isEmpty()) {
                c = c.withDerived(ConfigKey.MY_IDENTITY_NAME_PRINCIPAL_ID, id.principalId());
            }
        }
        if (c.keyVaultUrl().isEmpty()) {
            c = c.withDerived(ConfigKey.KEYVAULTURL, azure.vaultUri(c.resourceGroup(), c.keyVaultName()));
        }
        if (c.oidcIssuerUrl().isEmpty()) {
            c = c.withDerived(ConfigKey.OIDC_URL, azure.oidcIssuer(c.resourceGroup(), c.clusterName()));
        }
        return c;
    }
}
