package dev.airflowaks.deployer.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.keyvault.models.Sku;
import com.azure.resourcemanager.keyvault.models.SkuFamily;
import com.azure.resourcemanager.keyvault.models.SkuName;
import com.azure.resourcemanager.keyvault.models.VaultCreateOrUpdateParameters;
import com.azure.resourcemanager.keyvault.models.VaultProperties;
import com.azure.resourcemanager.storage.models.Kind;
import com.azure.resourcemanager.storage.models.StorageAccountCreateParameters;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.fixtures.twin.azure.world.AzureWorld;
import dev.airflowaks.fixtures.twin.azure.world.KeyVault;
import dev.airflowaks.fixtures.twin.azure.world.ManagedIdentity;
import dev.airflowaks.guide.GuideStepId;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong on Azure goes wrong the same way on the empty twin: ARM's error shapes for bad and taken global
 * names, a vault name another subscription holds stopping the run at the vault step with Azure's message, and a
 * resource someone else put in the group stopping {@code destroy --infra} before anything is deleted.
 */
class InfrastructureConflictsTwinTest {

    @TempDir
    Path work;

    @Test
    void armErrorShapesNameConflictAndForeignResource() {
        try (EmptyTwinInfra t = new EmptyTwinInfra(work)) {
            AzureWorld world = t.twin.azure().world();
            InfraContext ctx = t.context(ProgressListener.silent());
            String rg = t.config.resourceGroup();
            assertTrue(t.infrastructure(ProgressListener.silent()).apply(Optional.of(GuideStepId.IDENTITY)).outcomes()
                    .stream().allMatch(o -> o.ok()));

            // arm.storage-name-invalid: 400 AccountNameInvalid, before anything is created
            ManagementException bad = assertThrows(ManagementException.class, () -> ctx.azure().storage().serviceClient()
                    .getStorageAccounts().beginCreate(rg, "Bad-Name", new StorageAccountCreateParameters()
                            .withSku(new com.azure.resourcemanager.storage.models.Sku()
                                    .withName(com.azure.resourcemanager.storage.models.SkuName.STANDARD_ZRS))
                            .withKind(Kind.STORAGE_V2).withLocation(ctx.location())).getFinalResult());
            assertEquals(400, bad.getResponse().getStatusCode());
            assertEquals("AccountNameInvalid", bad.getValue().getCode());
            assertTrue(bad.getValue().getMessage().contains("Bad-Name is not a valid storage account name"));

            // arm.keyvault-name-invalid: 400 VaultNameNotValid (starts with a digit)
            ManagementException badVault = assertThrows(ManagementException.class, () -> ctx.azure().keyVault()
                    .serviceClient().getVaults().beginCreateOrUpdate(rg, "1vault", new VaultCreateOrUpdateParameters()
                            .withLocation(ctx.location()).withProperties(new VaultProperties()
                                    .withTenantId(UUID.fromString(world.tenantId()))
                                    .withSku(new Sku().withFamily(SkuFamily.A).withName(SkuName.STANDARD))))
                    .getFinalResult());
            assertEquals("VaultNameNotValid", badVault.getValue().getCode());

            // arm.keyvault-name-taken: another subscription's vault holds the generated name
            world.addResourceGroup("someone-else", "westeurope");
            world.addVault(new KeyVault("someone-else", t.config.keyVaultName(), "westeurope", world.tenantId()));
            Infrastructure.Result r = t.infrastructure(ProgressListener.silent()).apply(Optional.empty());
            assertFalse(r.succeeded());
            var failed = r.outcomes().get(r.outcomes().size() - 1);
            assertEquals(GuideStepId.KEY_VAULT.name(), failed.stepId());
            assertTrue(failed.outcome().contains("VaultAlreadyExists")
                    && failed.outcome().contains("The vault name '" + t.config.keyVaultName() + "' is already in use"),
                    failed.outcome());
            world.removeResourceGroup("someone-else");

            // A foreign resource in the group: destroy --infra names it and deletes nothing.
            world.addIdentity(new ManagedIdentity(rg, "hand-made", ctx.location(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), world.tenantId()));
            Teardown teardown = t.infrastructure(ProgressListener.silent()).teardown();
            IllegalStateException refused = assertThrows(IllegalStateException.class, teardown::destroy);
            assertTrue(refused.getMessage().contains("Microsoft.ManagedIdentity/userAssignedIdentities/hand-made"),
                    refused.getMessage());
            assertFalse(refused.getMessage().contains(t.config.identityName() + ","), "our identity is not foreign");
            assertTrue(world.hasResourceGroup(rg), "nothing was deleted");
            assertTrue(world.identity(rg, t.config.identityName()).isPresent());
        }
    }
}
