package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.profile.LocalProfileNames;
import java.util.List;

/**
 * A guide step that has no meaning in the current profile (the federated credential and the vault access policy
 * without Azure). It keeps its number and title so the step list and the resume record stay the guide's; plan
 * shows it as not applicable, apply reports it skipped, destroy has nothing to remove. It never touches a client.
 */
public final class NotApplicableStep implements Step {

    private final GuideStepId step;
    private final String title;
    private final String target;
    private final String reason;
    private final String outcome;

    /**
     * @param target  what the guide would change, e.g. {@code azure federatedCredential external-secret-operator}
     * @param reason  why not here, e.g. {@code local profile has no Azure}
     * @param outcome what apply reports, e.g. {@code skipped (local profile)}
     */
    public NotApplicableStep(GuideStepId step, String title, String target, String reason, String outcome) {
        this.step = step;
        this.title = title;
        this.target = target;
        this.reason = reason;
        this.outcome = outcome;
    }

    /** A guide step that only talks to Azure, in the local profile. */
    public static NotApplicableStep noAzure(GuideStepId step, String title, String target) {
        return new NotApplicableStep(step, title, target, LocalProfileNames.NO_AZURE, "skipped (local profile)");
    }

    @Override
    public GuideStepId guideStep() {
        return step;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        return new StepPlan(id(), title, List.of(new Change(target, Action.NOT_APPLICABLE,
                List.of("not applicable: " + reason))));
    }

    @Override
    public String apply(DeployContext ctx) {
        return outcome;
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        return List.of();
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        // nothing was made
    }
}
