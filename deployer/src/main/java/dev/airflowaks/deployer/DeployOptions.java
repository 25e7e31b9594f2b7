package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.Budgets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run behaves, as opposed to what it deploys ({@link dev.airflowaks.deployer.config.DeployConfig}).
 *
 * @param atomic         on a failed apply, undo what this run created (the CLI's {@code --atomic}, as Helm's flag);
 *                       by default a failed apply keeps its partial state, as Terraform does, so it can be inspected
 *                       and resumed. {@link FailurePolicy} decides, and never undoes after an interrupt.
 * @param budgets        time budgets of the waits
 * @param workDir        private directory for generated values and the Helm repository config
 * @param stopAfterStep  stop after this step as if the process had been killed (no undo); used to test resuming
 * @param verbatim       deploy the guide exactly as published, without the deviations of {@code world-facts.yaml};
 *                       the CLI's {@code --verbatim}
 * @param resumeAdvice   how to go on after an interrupt, when not "run apply again" (the suite's own apply, whose
 *                       target goes away with the run)
 */
public record DeployOptions(boolean atomic, Budgets budgets, Path workDir, Optional<String> stopAfterStep,
                            boolean verbatim, Optional<String> resumeAdvice) {

    public DeployOptions(boolean atomic, Budgets budgets, Path workDir, Optional<String> stopAfterStep) {
        this(atomic, budgets, workDir, stopAfterStep, false);
    }

    public DeployOptions(boolean atomic, Budgets budgets, Path workDir, Optional<String> stopAfterStep,
                         boolean verbatim) {
        this(atomic, budgets, workDir, stopAfterStep, verbatim, Optional.empty());
    }

    public static DeployOptions defaults(Path workDir) {
        return new DeployOptions(false, Budgets.defaults(), workDir, Optional.empty());
    }

    public DeployOptions withAtomic(boolean undoOnFailure) {
        return new DeployOptions(undoOnFailure, budgets, workDir, stopAfterStep, verbatim, resumeAdvice);
    }

    public DeployOptions withBudgets(Budgets b) {
        return new DeployOptions(atomic, b, workDir, stopAfterStep, verbatim, resumeAdvice);
    }

    public DeployOptions withStopAfterStep(String stepId) {
        return new DeployOptions(atomic, budgets, workDir, Optional.of(stepId), verbatim, resumeAdvice);
    }

    public DeployOptions withVerbatim(boolean v) {
        return new DeployOptions(atomic, budgets, workDir, stopAfterStep, v, resumeAdvice);
    }

    /** @param advice e.g. "run it again for a verdict", completing "Interrupted at step N; nothing was undone." */
    public DeployOptions withResumeAdvice(String advice) {
        return new DeployOptions(atomic, budgets, workDir, stopAfterStep, verbatim, Optional.of(advice));
    }
}
