package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.helm.ReleaseSpec;
import java.util.Map;

/**
 * Step 3: External Secrets Operator via Helm with {@code installCRDs=true}, waiting until it is Ready (its webhook
 * must answer before the SecretStore can be created). The chart version is pinned (default 0.10.5).
 */
public final class EsoChartStep extends HelmReleaseStep {

    @Override
    public String id() {
        return "3";
    }

    @Override
    public String title() {
        return "External Secrets Operator (Helm)";
    }

    @Override
    protected ReleaseSpec spec(DeployContext ctx) {
        var c = ctx.config();
        return new ReleaseSpec(c.esoRelease(), c.namespace(), c.esoChart(), Map.of("installCRDs", true), true,
                ctx.budgets().helmRelease());
    }
}
