package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.values.YamlValues;
import java.util.List;

/**
 * Step 9: the Airflow values, generated from the typed model plus the user's overrides. It changes nothing in the
 * cluster; plan shows the generated file in full so the user sees exactly what Helm will get.
 */
public final class AirflowValuesStep implements Step {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.HELM_VALUES;
    }

    @Override
    public String title() {
        return "Airflow values";
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        String yaml = YamlValues.dump(ctx.values().generate(ctx.config()));
        return new StepPlan(id(), title(), List.of(Change.of("airflow_values.yaml (generated)", Action.UNCHANGED)),
                yaml);
    }

    @Override
    public String apply(DeployContext ctx) {
        ctx.values().generate(ctx.config());
        return "generated";
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        return List.of();
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        // nothing in the cluster
    }
}
