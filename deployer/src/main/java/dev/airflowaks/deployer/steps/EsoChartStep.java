package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.helm.ReleaseSpec;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Step 3: External Secrets Operator via Helm with {@code installCRDs=true}, waiting until it is Ready (its webhook
 * must answer before the SecretStore can be created). The chart version is pinned (default 0.10.5). ESO CRDs that
 * exist without this release's Helm ownership (applied outside Helm) are respected: the release is installed with
 * {@code installCRDs=false} and plan says so. After the release the step proves that the kinds steps 4 and 5 write
 * are served and Established ({@link EsoCrds}).
 */
public final class EsoChartStep extends HelmReleaseStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.INSTALL_ESO;
    }

    @Override
    public String title() {
        return "External Secrets Operator (Helm)";
    }

    @Override
    protected ReleaseSpec spec(DeployContext ctx) {
        var c = ctx.config();
        boolean installCrds = new EsoCrds(ctx.kube()).notOwnedBy(c.esoRelease(), c.namespace()).isEmpty();
        return new ReleaseSpec(c.esoRelease(), c.namespace(), c.esoChart(), Map.of("installCRDs", installCrds), true,
                ctx.budgets().helmRelease());
    }

    @Override
    protected String attachment(DeployContext ctx) {
        var c = ctx.config();
        EsoCrds crds = new EsoCrds(ctx.kube());
        List<String> unowned = crds.notOwnedBy(c.esoRelease(), c.namespace());
        return unowned.isEmpty() ? "" : crds.keptOutsideHelm(unowned, spec(ctx));
    }

    @Override
    public String apply(DeployContext ctx) {
        ReleaseSpec spec = spec(ctx);
        EsoCrds crds = new EsoCrds(ctx.kube());
        List<String> unowned = crds.notOwnedBy(spec.release(), spec.namespace());
        if (!unowned.isEmpty()) {
            ctx.progress().info(crds.keptOutsideHelm(unowned, spec));
        }
        String outcome = super.apply(ctx);
        awaitEstablished(ctx);
        List<String> problems = crds.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(crds.notServed(spec, problems, ctx.helm().template(spec)));
        }
        return unowned.isEmpty() ? outcome : outcome + " (installCRDs=false: CRDs managed outside Helm)";
    }

    /** A CRD that exists is Established a moment after it is created; wait for that within the Helm budget. */
    private static void awaitEstablished(DeployContext ctx) {
        for (String name : EsoCrds.NEEDED) {
            var resource = ctx.kube().apiextensions().v1().customResourceDefinitions().withName(name);
            var crd = resource.get();
            if (crd != null && !EsoCrds.established(crd)) {
                new Waiter(ctx.progress(), Optional::empty).until("CustomResourceDefinition " + name + " Established",
                        ctx.budgets().helmRelease(), resource, EsoCrds::established,
                        () -> String.valueOf(resource.get().getStatus()));
            }
        }
    }
}
