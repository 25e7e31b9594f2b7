package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.keyvault.fluent.models.VaultInner;
import com.azure.resourcemanager.keyvault.models.AccessPolicyEntry;
import com.azure.resourcemanager.keyvault.models.Permissions;
import com.azure.resourcemanager.keyvault.models.SecretPermissions;
import com.azure.resourcemanager.keyvault.models.Sku;
import com.azure.resourcemanager.keyvault.models.SkuFamily;
import com.azure.resourcemanager.keyvault.models.SkuName;
import com.azure.resourcemanager.keyvault.models.VaultCreateOrUpdateParameters;
import com.azure.resourcemanager.keyvault.models.VaultProperties;
import dev.airflowaks.guide.GuideStepId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code az keyvault create --enable-rbac-authorization false}: a vault in the access-policy model. As the az CLI
 * does, the creator (the signed-in principal) gets an access policy for secrets, which the storage-secrets step
 * needs; existing policies (the deploy article's identity policy) are kept on an update. The permission model
 * cannot be switched by this tool: a vault in RBAC mode fails naming the setting.
 */
public final class KeyVaultStep extends ArmResourceStep<VaultInner> {

    static final List<SecretPermissions> CREATOR_SECRETS = List.of(SecretPermissions.GET, SecretPermissions.LIST,
            SecretPermissions.SET, SecretPermissions.DELETE, SecretPermissions.RECOVER, SecretPermissions.PURGE);

    private final CallerIdentity caller;

    public KeyVaultStep(CallerIdentity caller) {
        this.caller = caller;
    }

    @Override
    public GuideStepId id() {
        return GuideStepId.KEY_VAULT;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure vault " + ctx.config().keyVaultName();
    }

    @Override
    Optional<VaultInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().keyVault().serviceClient().getVaults()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().keyVaultName()));
    }

    @Override
    void compare(InfraContext ctx, VaultInner existing, Settings settings) {
        settings.immutable("location", existing.location(), ctx.location())
                .immutable("enableRbacAuthorization", Boolean.TRUE.equals(existing.properties().enableRbacAuthorization()),
                        false);
    }

    @Override
    Map<String, String> tags(VaultInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<VaultInner> existing, Map<String, String> tags) {
        String tenant = existing.map(v -> v.properties().tenantId().toString()).orElseGet(() -> caller.tenantId(ctx));
        List<AccessPolicyEntry> policies = new ArrayList<>(existing.map(v -> v.properties().accessPolicies())
                .orElse(List.of()));
        String me = caller.objectId(ctx);
        if (policies.stream().noneMatch(p -> me.equalsIgnoreCase(p.objectId()))) {
            policies.add(new AccessPolicyEntry().withTenantId(UUID.fromString(tenant)).withObjectId(me)
                    .withPermissions(new Permissions().withSecrets(CREATOR_SECRETS)));
        }
        VaultProperties props = new VaultProperties().withTenantId(UUID.fromString(tenant))
                .withSku(new Sku().withFamily(SkuFamily.A).withName(SkuName.STANDARD))
                .withAccessPolicies(policies).withEnableRbacAuthorization(false);
        LongRunning.await(ctx.azure().keyVault().serviceClient().getVaults().beginCreateOrUpdate(ctx.resourceGroup(),
                        ctx.config().keyVaultName(), new VaultCreateOrUpdateParameters().withLocation(ctx.location())
                                .withTags(tags).withProperties(props)),
                "create vault " + ctx.config().keyVaultName(), "resource", ctx.budgets().resource(), ctx.budgets().pollInterval(), ctx.progress());
    }
}
