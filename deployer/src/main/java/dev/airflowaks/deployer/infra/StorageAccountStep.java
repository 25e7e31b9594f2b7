package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.storage.fluent.models.BlobContainerInner;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.Kind;
import com.azure.resourcemanager.storage.models.Sku;
import com.azure.resourcemanager.storage.models.SkuName;
import com.azure.resourcemanager.storage.models.StorageAccountCreateParameters;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az storage account create --sku Standard_ZRS --kind StorageV2 --allow-blob-public-access false} and
 * {@code az storage container-rm create --name $AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME}. Public blob access is
 * turned off in place; another kind fails naming the setting.
 */
public final class StorageAccountStep extends ArmResourceStep<StorageAccountInner> {

    @Override
    public GuideStepId id() {
        return GuideStepId.STORAGE_ACCOUNT;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure storageAccount " + ctx.config().storageAccountName();
    }

    @Override
    Optional<StorageAccountInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().storage().serviceClient().getStorageAccounts()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().storageAccountName()));
    }

    @Override
    void compare(InfraContext ctx, StorageAccountInner existing, Settings settings) {
        settings.immutable("location", existing.location(), ctx.location())
                .immutable("kind", existing.kind() == null ? null : existing.kind().toString(), "StorageV2")
                .mutable("sku", existing.sku() == null ? null : existing.sku().name().toString(), "Standard_ZRS")
                .mutable("allowBlobPublicAccess", Boolean.TRUE.equals(existing.allowBlobPublicAccess()), false);
    }

    @Override
    Map<String, String> tags(StorageAccountInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<StorageAccountInner> existing, Map<String, String> tags) {
        LongRunning.await(ctx.azure().storage().serviceClient().getStorageAccounts().beginCreate(ctx.resourceGroup(),
                        ctx.config().storageAccountName(), new StorageAccountCreateParameters()
                                .withSku(new Sku().withName(SkuName.STANDARD_ZRS)).withKind(Kind.STORAGE_V2)
                                .withLocation(ctx.location()).withTags(tags).withAllowBlobPublicAccess(false)),
                "create storage account " + ctx.config().storageAccountName(), "resource", ctx.budgets().resource(),
                ctx.budgets().pollInterval(), ctx.progress());
    }

    private Optional<BlobContainerInner> container(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().storage().serviceClient().getBlobContainers().get(ctx.resourceGroup(),
                ctx.config().storageAccountName(), ctx.config().storageContainerName()));
    }

    private String containerTarget(InfraContext ctx) {
        return "azure blobContainer " + ctx.config().storageAccountName() + "/" + ctx.config().storageContainerName();
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        Optional<StorageAccountInner> account = read(ctx);
        Change containerChange = account.isPresent() && container(ctx).isPresent()
                ? Change.of(containerTarget(ctx), Action.UNCHANGED) : Change.of(containerTarget(ctx), Action.CREATE);
        return new StepPlan(id().name(), id().title(), List.of(change(ctx, account), containerChange));
    }

    @Override
    public String apply(InfraContext ctx) {
        String account = super.apply(ctx);
        if (container(ctx).isPresent()) {
            return account + (account.equals("unchanged") ? "" : "; container unchanged");
        }
        ctx.azure().storage().serviceClient().getBlobContainers().create(ctx.resourceGroup(),
                ctx.config().storageAccountName(), ctx.config().storageContainerName(), new BlobContainerInner());
        return account + "; container created";
    }
}
