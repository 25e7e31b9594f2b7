package dev.airflowaks.cli.verify;

import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The infrastructure article's rows of {@code run --infra}'s guide-step matrix, one per {@link GuideStepId} of
 * {@link Article#INFRASTRUCTURE}, from the evidence the run has: the step's outcome in {@code apply --infra}
 * (created, unchanged, updated: passed; an error: failed, naming it; after a failure: skipped, naming the step that
 * stopped the run). The Azure-side checks then verify the same resources from ARM and Key Vault.
 */
final class InfraStepRows {

    private InfraStepRows() {
    }

    /** One row per infrastructure step, in the article's order. */
    static List<CheckResult> of(List<StepOutcome> outcomes) {
        Optional<StepOutcome> failed = outcomes.stream().filter(o -> !o.ok()).findFirst();
        List<CheckResult> rows = new ArrayList<>();
        for (GuideStepId step : infrastructureSteps()) {
            Optional<StepOutcome> outcome = outcomes.stream().filter(o -> o.stepId().equals(step.name())).findFirst();
            CheckResult.Builder row = CheckResult.builder(id(step), step)
                    .displayName("apply --infra performed \"" + step.title() + "\"")
                    .expected(step.command());
            if (outcome.isEmpty()) {
                row.status(Status.SKIPPED).reason("did not run: " + failed.map(f -> "the infrastructure stopped at "
                        + f.stepId() + " (" + f.title() + ")").orElse("apply --infra stopped before it"));
            } else if (outcome.get().ok()) {
                row.status(Status.PASSED).actual(outcome.get().outcome())
                        .duration(Duration.ofMillis(outcome.get().elapsedMillis()));
            } else {
                row.status(Status.FAILED).reason(step.shortName() + ": " + outcome.get().outcome())
                        .actual(outcome.get().outcome()).rootCause(outcome.get().outcome())
                        .fixHint("Fix the cause, then redo \"" + step.title() + "\": run --infra again (or "
                                + "apply --infra, which resumes at this step)")
                        .duration(Duration.ofMillis(outcome.get().elapsedMillis()));
            }
            rows.add(row.build());
        }
        return rows;
    }

    static String id(GuideStepId step) {
        return "infra-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<GuideStepId> infrastructureSteps() {
        return Arrays.stream(GuideStepId.values()).filter(s -> s.article() == Article.INFRASTRUCTURE).toList();
    }
}
