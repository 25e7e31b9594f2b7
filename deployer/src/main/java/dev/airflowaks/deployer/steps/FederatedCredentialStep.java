package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.azure.FederatedCredential;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 6: federated credential {@code external-secret-operator} on the identity, trusting the cluster's OIDC
 * issuer for {@code system:serviceaccount:<ns>:<sa>}. Without it the SecretStore cannot get a vault token.
 */
public final class FederatedCredentialStep implements Step {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.FEDERATED_CREDENTIAL;
    }

    @Override
    public String title() {
        return "Federated credential";
    }

    private static FederatedCredential desired(DeployContext ctx) {
        var c = ctx.config();
        return new FederatedCredential(GuideNames.FEDERATED_CREDENTIAL, c.oidcIssuerUrl().orElseThrow(),
                c.federatedSubject(), List.of(FederatedCredential.AUDIENCE));
    }

    private static String target(DeployContext ctx) {
        return "azure federatedCredential " + ctx.config().identityName() + "/" + GuideNames.FEDERATED_CREDENTIAL;
    }

    Change change(DeployContext ctx) {
        var c = ctx.config();
        FederatedCredential want = desired(ctx);
        Optional<FederatedCredential> live = ctx.azure().federatedCredential(c.resourceGroup(), c.identityName(),
                want.name());
        if (live.isEmpty()) {
            return Change.of(target(ctx), Action.CREATE);
        }
        List<String> diff = new ArrayList<>();
        FederatedCredential have = live.get();
        if (!want.issuer().equals(have.issuer())) {
            diff.add("issuer: \"" + have.issuer() + "\" -> \"" + want.issuer() + "\"");
        }
        if (!want.subject().equals(have.subject())) {
            diff.add("subject: \"" + have.subject() + "\" -> \"" + want.subject() + "\"");
        }
        if (!want.audiences().equals(have.audiences())) {
            diff.add("audiences: " + have.audiences() + " -> " + want.audiences());
        }
        return new Change(target(ctx), diff.isEmpty() ? Action.UNCHANGED : Action.UPDATE, diff);
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        return new StepPlan(id(), title(), List.of(change(ctx)));
    }

    @Override
    public String apply(DeployContext ctx) {
        var c = ctx.config();
        Change change = change(ctx);
        if (change.action() == Action.CREATE) {
            ctx.teardown().register("delete " + target(ctx), () -> ctx.azure()
                    .deleteFederatedCredential(c.resourceGroup(), c.identityName(), GuideNames.FEDERATED_CREDENTIAL));
        }
        if (change.action().isChange()) {
            ctx.azure().putFederatedCredential(c.resourceGroup(), c.identityName(), desired(ctx));
        }
        return change.action().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        var c = ctx.config();
        boolean present = ctx.azure().federatedCredential(c.resourceGroup(), c.identityName(),
                GuideNames.FEDERATED_CREDENTIAL).isPresent();
        return List.of(Change.of(target(ctx), present ? Action.DELETE : Action.UNCHANGED));
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        if (planDestroy(ctx, purge).get(0).action() == Action.DELETE) {
            var c = ctx.config();
            ctx.azure().deleteFederatedCredential(c.resourceGroup(), c.identityName(), GuideNames.FEDERATED_CREDENTIAL);
        }
    }
}
