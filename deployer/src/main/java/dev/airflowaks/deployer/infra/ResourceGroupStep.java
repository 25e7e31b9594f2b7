package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import dev.airflowaks.guide.GuideStepId;
import java.util.Map;
import java.util.Optional;

/** {@code az group create --name $MY_RESOURCE_GROUP_NAME --location $MY_LOCATION}. */
public final class ResourceGroupStep extends ArmResourceStep<ResourceGroupInner> {

    @Override
    public GuideStepId id() {
        return GuideStepId.RESOURCE_GROUP;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure resourceGroup " + ctx.resourceGroup();
    }

    @Override
    Optional<ResourceGroupInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().resources().resourceGroups().manager().serviceClient()
                .getResourceGroups().get(ctx.resourceGroup()));
    }

    @Override
    void compare(InfraContext ctx, ResourceGroupInner existing, Settings settings) {
        settings.immutable("location", existing.location(), ctx.location());
    }

    @Override
    Map<String, String> tags(ResourceGroupInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<ResourceGroupInner> existing, Map<String, String> tags) {
        ctx.azure().resources().resourceGroups().manager().serviceClient().getResourceGroups()
                .createOrUpdate(ctx.resourceGroup(), new ResourceGroupInner().withLocation(ctx.location()).withTags(tags));
    }
}
