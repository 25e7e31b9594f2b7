package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.containerregistry.models.Sku;
import com.azure.resourcemanager.containerregistry.models.SkuName;
import dev.airflowaks.guide.GuideStepId;
import java.util.Map;
import java.util.Optional;

/** {@code az acr create --name $MY_ACR_REGISTRY --sku Premium}; a lower SKU is upgraded in place, as ACR allows. */
public final class ContainerRegistryStep extends ArmResourceStep<RegistryInner> {

    @Override
    public GuideStepId id() {
        return GuideStepId.CONTAINER_REGISTRY;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure registry " + ctx.config().acrRegistry();
    }

    @Override
    Optional<RegistryInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().containerRegistry().serviceClient().getRegistries()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().acrRegistry()));
    }

    @Override
    void compare(InfraContext ctx, RegistryInner existing, Settings settings) {
        settings.immutable("location", existing.location(), ctx.location())
                .mutable("sku", existing.sku() == null ? null : existing.sku().name().toString(), "Premium");
    }

    @Override
    Map<String, String> tags(RegistryInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<RegistryInner> existing, Map<String, String> tags) {
        LongRunning.await(ctx.azure().containerRegistry().serviceClient().getRegistries().beginCreate(
                        ctx.resourceGroup(), ctx.config().acrRegistry(), new RegistryInner().withLocation(ctx.location())
                                .withTags(tags).withSku(new Sku().withName(SkuName.PREMIUM))
                                .withAdminUserEnabled(false)),
                "create registry " + ctx.config().acrRegistry(), "resource", ctx.budgets().resource(), ctx.budgets().pollInterval(), ctx.progress());
    }
}
