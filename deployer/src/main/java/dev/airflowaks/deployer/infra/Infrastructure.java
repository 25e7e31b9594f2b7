package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.guide.GuideStepId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The infrastructure article as one object: {@link #plan()} (read-only), {@link #apply} (idempotent; an interrupted
 * run resumes because every step reads Azure first) and the teardown ({@link Teardown}). It runs before the deploy
 * steps in {@code apply --infra} and after them in {@code destroy --infra}.
 */
public final class Infrastructure {

    private final InfraContext ctx;
    private final List<InfraStep> steps;

    public Infrastructure(InfraContext ctx, List<InfraStep> steps) {
        this.ctx = ctx;
        this.steps = List.copyOf(steps);
    }

    public List<InfraStep> steps() {
        return steps;
    }

    public Plan plan() {
        return new Plan(steps.stream().map(s -> s.plan(ctx)).toList());
    }

    /** Result of {@link #apply}: the outcomes, and whether every step ran. */
    public record Result(boolean succeeded, List<StepOutcome> outcomes) {
    }

    /** Runs the steps in order; stops after {@code stopAfter} when given (as if interrupted). */
    public Result apply(Optional<GuideStepId> stopAfter) {
        return apply(stopAfter, Interruption.none());
    }

    /**
     * As {@link #apply(Optional)}, and stops at the current step once {@code interruption} is requested (Ctrl-C,
     * SIGTERM): what was created is kept and nothing is undone; running apply again resumes, because every step
     * reads Azure first.
     */
    public Result apply(Optional<GuideStepId> stopAfter, Interruption interruption) {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (InfraStep step : steps) {
            String id = step.id().name();
            if (interruption.requested()) {
                return interrupted(interruption, "before", id, outcomes);
            }
            ctx.progress().stepStarted(id, step.id().title());
            long start = System.nanoTime();
            try {
                String outcome = step.apply(ctx);
                long ms = (System.nanoTime() - start) / 1_000_000;
                outcomes.add(new StepOutcome(id, step.id().title(), true, outcome, ms));
                ctx.progress().stepFinished(id, step.id().title(), outcome, ms);
            } catch (RuntimeException e) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (interruption.requested()) {
                    outcomes.add(new StepOutcome(id, step.id().title(), false, "interrupted", ms));
                    return interrupted(interruption, "at", id, outcomes);
                }
                outcomes.add(new StepOutcome(id, step.id().title(), false, message, ms));
                ctx.progress().stepFailed(id, step.id().title(), message, ms);
                ctx.progress().info("Stopped at infrastructure step " + id + "; what was created is kept. Fix the "
                        + "cause and run apply --infra again to resume.");
                return new Result(false, outcomes);
            }
            if (stopAfter.filter(step.id()::equals).isPresent()) {
                ctx.progress().info("Stopped after step " + id + " as requested; apply again to run the rest.");
                return new Result(false, outcomes);
            }
        }
        return new Result(true, outcomes);
    }

    private Result interrupted(Interruption interruption, String where, String id, List<StepOutcome> outcomes) {
        ctx.progress().info("Interrupted (" + interruption.signal().orElse("signal") + ") " + where
                + " infrastructure step " + id + "; what was created is kept. Run apply --infra again to resume.");
        return new Result(false, outcomes);
    }

    public Teardown teardown() {
        return new Teardown(ctx);
    }
}
