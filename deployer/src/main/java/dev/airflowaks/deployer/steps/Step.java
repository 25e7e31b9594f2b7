package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import java.util.List;

/**
 * One step of the deploy guide. {@link #plan} is read-only; {@link #apply} changes only what the plan shows as
 * changed (so a converged cluster gets no writes) and registers the undo of anything it creates before creating
 * it. {@link #planDestroy}/{@link #destroy} remove what the step made, keeping what the guide keeps unless purging.
 */
public interface Step {

    /** The catalogue step this deployer step performs (several deployer steps may perform one guide step). */
    GuideStepId guideStep();

    /** Progress, resume and {@code --stop-after} id, derived from {@link #guideStep()} by {@link StepIds}. */
    default String id() {
        return StepIds.of(guideStep());
    }

    String title();

    StepPlan plan(DeployContext ctx);

    /** @return a short outcome for the progress line: "created", "updated", "unchanged", ... */
    String apply(DeployContext ctx);

    List<Change> planDestroy(DeployContext ctx, boolean purge);

    void destroy(DeployContext ctx, boolean purge);
}
