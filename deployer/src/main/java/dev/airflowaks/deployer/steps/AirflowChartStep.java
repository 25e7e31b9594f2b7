package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.helm.ReleaseSpec;

/**
 * Step 10: the Airflow chart (release {@code airflow}, chart 1.15.0, app 2.9.3) with the step-9 values. Helm
 * itself waits for the migration and create-user hooks; step 11 waits for the workloads with progress.
 */
public final class AirflowChartStep extends HelmReleaseStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.DEPLOY_AIRFLOW;
    }

    @Override
    public String title() {
        return "Airflow (Helm)";
    }

    @Override
    protected ReleaseSpec spec(DeployContext ctx) {
        var c = ctx.config();
        return new ReleaseSpec(c.airflowRelease(), c.namespace(), c.airflowChart(), ctx.values().generate(c), false,
                ctx.budgets().helmRelease());
    }
}
