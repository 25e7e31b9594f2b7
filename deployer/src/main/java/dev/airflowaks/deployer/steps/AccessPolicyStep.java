package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.azure.AccessPolicy;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import java.util.List;
import java.util.Optional;

/**
 * Step 7: the vault access policy that lets the identity read secrets ({@code az keyvault set-policy
 * --secret-permissions get}). Uses {@code accessPolicies/add}, which merges, and is skipped when the identity can
 * already get secrets, so the policy is never duplicated.
 */
public final class AccessPolicyStep implements Step {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.ACCESS_POLICY;
    }

    @Override
    public String title() {
        return "Key Vault access policy (secrets get)";
    }

    private static AccessPolicy desired(DeployContext ctx) {
        var c = ctx.config();
        return new AccessPolicy(c.tenantId().orElseThrow(), c.identityPrincipalId().orElseThrow(), List.of("get"));
    }

    private static String target(DeployContext ctx) {
        return "azure accessPolicy " + ctx.config().keyVaultName() + " for "
                + ctx.config().identityPrincipalId().orElse("?");
    }

    private static Optional<AccessPolicy> live(DeployContext ctx) {
        var c = ctx.config();
        String principal = c.identityPrincipalId().orElseThrow();
        return ctx.azure().accessPolicies(c.resourceGroup(), c.keyVaultName()).stream()
                .filter(p -> p.objectId().equalsIgnoreCase(principal)).findFirst();
    }

    Change change(DeployContext ctx) {
        Optional<AccessPolicy> live = live(ctx);
        if (live.isEmpty()) {
            return Change.of(target(ctx), Action.CREATE);
        }
        if (live.get().grantsSecretGet()) {
            return Change.of(target(ctx), Action.UNCHANGED);
        }
        return new Change(target(ctx), Action.UPDATE,
                List.of("permissions.secrets: " + live.get().secretPermissions() + " -> + [get]"));
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        return new StepPlan(id(), title(), List.of(change(ctx)));
    }

    @Override
    public String apply(DeployContext ctx) {
        var c = ctx.config();
        Change change = change(ctx);
        if (change.action().isChange()) {
            ctx.teardown().register("remove " + target(ctx),
                    () -> ctx.azure().removeAccessPolicy(c.resourceGroup(), c.keyVaultName(), desired(ctx)));
            ctx.azure().addAccessPolicy(c.resourceGroup(), c.keyVaultName(), desired(ctx));
        }
        return change.action().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        boolean present = live(ctx).map(AccessPolicy::grantsSecretGet).orElse(false);
        return List.of(Change.of(target(ctx), present ? Action.DELETE : Action.UNCHANGED));
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        if (planDestroy(ctx, purge).get(0).action() == Action.DELETE) {
            var c = ctx.config();
            ctx.azure().removeAccessPolicy(c.resourceGroup(), c.keyVaultName(), desired(ctx));
        }
    }
}
