package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.msi.fluent.models.IdentityInner;
import dev.airflowaks.guide.GuideStepId;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az identity create --name $MY_IDENTITY_NAME --resource-group $MY_RESOURCE_GROUP_NAME}; the client and
 * principal ids it exports are looked up by the deploy steps ({@code DerivedValues}) from the same identity.
 */
public final class IdentityStep extends ArmResourceStep<IdentityInner> {

    @Override
    public GuideStepId id() {
        return GuideStepId.IDENTITY;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure identity " + ctx.config().identityName();
    }

    @Override
    Optional<IdentityInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().msi().serviceClient().getUserAssignedIdentities()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().identityName()));
    }

    @Override
    void compare(InfraContext ctx, IdentityInner existing, Settings settings) {
        settings.immutable("location", existing.location(), ctx.location());
    }

    @Override
    Map<String, String> tags(IdentityInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<IdentityInner> existing, Map<String, String> tags) {
        ctx.azure().msi().serviceClient().getUserAssignedIdentities().createOrUpdate(ctx.resourceGroup(),
                ctx.config().identityName(), new IdentityInner().withLocation(ctx.location()).withTags(tags));
    }
}
