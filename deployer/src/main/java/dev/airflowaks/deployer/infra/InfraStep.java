package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;

/**
 * One step of the infrastructure article. {@link #plan} only reads; {@link #apply} creates what is missing, updates
 * what Azure can change in place, leaves what matches alone ({@code unchanged}) and fails naming the setting when
 * Azure cannot change it in place. Every step reads Azure's state first, so a re-run after an interruption resumes
 * at the first step whose resources are missing or different, with nothing recorded elsewhere.
 */
public interface InfraStep {

    GuideStepId id();

    StepPlan plan(InfraContext ctx);

    /** @return a short outcome for the progress line: "created", "updated", "unchanged" */
    String apply(InfraContext ctx);
}
