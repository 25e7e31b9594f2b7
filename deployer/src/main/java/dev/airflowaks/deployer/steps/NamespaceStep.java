package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.kube.KubeNames;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.progress.ProgressStore;
import dev.airflowaks.deployer.teardown.ClaimFates;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 1: the namespace every guide object lives in ({@code kubectl create namespace}). Deleting it deletes every
 * claim left in it, so the teardown plan lists each with what happens to its data ({@link ClaimFates}); with
 * {@code --keep-database} the namespace stays, holding only the metadata database's claim.
 */
public final class NamespaceStep extends ObjectsStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.NAMESPACE;
    }

    @Override
    public String title() {
        return "Namespace";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        return List.of(new NamespaceBuilder().withNewMetadata().withName(ctx.config().namespace())
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata().build());
    }

    private static ClaimFates claims(DeployContext ctx) {
        return new ClaimFates(ctx.kube(), ctx.config().namespace(),
                ClaimFates.databaseClaim(ctx.config().airflowRelease()));
    }

    private static boolean keepsNamespace(DeployContext ctx) {
        return ctx.keepDatabase() && ctx.kube().namespaces().withName(ctx.config().namespace()).get() != null
                && claims(ctx).databaseClaimExists();
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        if (ctx.kube().namespaces().withName(ctx.config().namespace()).get() == null) {
            return super.planDestroy(ctx, purge);
        }
        List<Change> out = new ArrayList<>(claims(ctx).plan(ctx.keepDatabase(), Set.of(GuideNames.PVC)));
        if (keepsNamespace(ctx)) {
            out.add(new Change(KubeNames.describe(desired(ctx).get(0)), Action.KEEP,
                    List.of("holds the kept database claim (--keep-database)")));
        } else {
            out.addAll(super.planDestroy(ctx, purge));
        }
        return out;
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        if (!keepsNamespace(ctx)) {
            super.destroy(ctx, purge);
            return;
        }
        String database = ClaimFates.databaseClaim(ctx.config().airflowRelease());
        String ns = ctx.config().namespace();
        claims(ctx).claims().stream().filter(c -> !database.equals(c.getMetadata().getName()))
                .forEach(c -> ctx.kube().persistentVolumeClaims().inNamespace(ns)
                        .withName(c.getMetadata().getName()).delete());
        ctx.kube().configMaps().inNamespace(ns).withName(ProgressStore.NAME).delete();
    }
}
