package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.Budgets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run behaves, as opposed to what it deploys ({@link dev.airflowaks.deployer.config.DeployConfig}).
 *
 * @param keepOnFailure  on a failed apply, keep what this run created (for inspection and to resume) instead of
 *                       undoing it; the CLI's {@code --keep-on-failure}
 * @param budgets        time budgets of the waits
 * @param workDir        private directory for generated values and the Helm repository config
 * @param stopAfterStep  stop after this step as if the process had been killed (no undo); used to test resuming
 * @param verbatim       deploy the guide exactly as published, without the deviations of {@code world-facts.yaml};
 *                       the CLI's {@code --verbatim}
 */
public record DeployOptions(boolean keepOnFailure, Budgets budgets, Path workDir, Optional<String> stopAfterStep,
                            boolean verbatim) {

    public DeployOptions(boolean keepOnFailure, Budgets budgets, Path workDir, Optional<String> stopAfterStep) {
        this(keepOnFailure, budgets, workDir, stopAfterStep, false);
    }

    public static DeployOptions defaults(Path workDir) {
        return new DeployOptions(false, Budgets.defaults(), workDir, Optional.empty());
    }

    public DeployOptions withKeepOnFailure(boolean keep) {
        return new DeployOptions(keep, budgets, workDir, stopAfterStep, verbatim);
    }

    public DeployOptions withBudgets(Budgets b) {
        return new DeployOptions(keepOnFailure, b, workDir, stopAfterStep, verbatim);
    }

    public DeployOptions withStopAfterStep(String stepId) {
        return new DeployOptions(keepOnFailure, budgets, workDir, Optional.of(stepId), verbatim);
    }

    public DeployOptions withVerbatim(boolean v) {
        return new DeployOptions(keepOnFailure, budgets, workDir, stopAfterStep, v);
    }
}
