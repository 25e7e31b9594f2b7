package dev.airflowaks.conformance.targeting;

import dev.airflowaks.deployer.ApplyInterruptedException;
import dev.airflowaks.deployer.ApplyResult;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.DeployClients;
import dev.airflowaks.deployer.DeployOptions;
import dev.airflowaks.deployer.Deployer;
import dev.airflowaks.deployer.steps.ImageNotFoundException;
import dev.airflowaks.reports.model.ApplySummary;
import dev.airflowaks.deployer.steps.StepIds;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.steps.Budgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GuideDeployment} with the deployer, exactly as a user's {@code apply} would (a failure keeps its state): a fault may
 * make apply fail, and the suite must judge what is left, not an undone cluster. Apply stops after the Airflow release:
 * the deployer's last step only waits for readiness, which the suite's own gate does with stuck detection, per-kind
 * budgets and the timeline. An interrupt of the command (the run's {@link Interruption}) stops apply as it stops a
 * user's, and then the start fails: the suite must not judge a deploy the user cut short.
 */
final class DeployerDeployment implements GuideDeployment {

    private static final Logger LOG = LoggerFactory.getLogger(DeployerDeployment.class);
    /** The deployer's step id of the catalogue's DEPLOY_AIRFLOW (helm install airflow), before the readiness wait. */
    static final String AIRFLOW_RELEASE_STEP = StepIds.of(GuideStepId.DEPLOY_AIRFLOW);
    /** After an interrupt: the target the suite started goes away with the run, so resuming is running it again. */
    static final String RESUME = "the run stops without a verdict and its target goes away with it; run it again "
            + "for a verdict";

    private final String targetName;
    private final Budgets budgets;
    private final boolean verbatim;
    private final Interruption interruption;

    /** @param budgets the deployer's waits: seconds on the twin, the real-cluster defaults elsewhere */
    DeployerDeployment(String targetName, Budgets budgets) {
        this(targetName, budgets, false);
    }

    /** @param verbatim deploy the guide exactly as published ({@code apply --verbatim}) */
    DeployerDeployment(String targetName, Budgets budgets, boolean verbatim) {
        this(targetName, budgets, verbatim, Interruption.none());
    }

    private DeployerDeployment(String targetName, Budgets budgets, boolean verbatim, Interruption interruption) {
        this.targetName = targetName;
        this.budgets = budgets;
        this.verbatim = verbatim;
        this.interruption = interruption;
    }

    @Override
    public GuideDeployment interruptedBy(Interruption signalled) {
        return new DeployerDeployment(targetName, budgets, verbatim, signalled);
    }

    Budgets budgets() {
        return budgets;
    }

    @Override
    public Map<String, String> apply(Path kubeconfig, Map<String, String> environment, Path workDir) {
        Map<String, String> env = new HashMap<>(environment);
        env.put(ConfigKey.KUBECONFIG.name(), kubeconfig.toString());
        DeployConfig config = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        try (DeployClients clients = DeployClients.connect(config, workDir)) {
            Deployer deployer = new Deployer(config, clients, DeployOptions.defaults(workDir.resolve("deploy"))
                    .withStopAfterStep(AIRFLOW_RELEASE_STEP).withBudgets(budgets)
                    .withVerbatim(verbatim).withResumeAdvice(RESUME),
                    new LoggingProgress(), interruption);
            ApplyResult result;
            try {
                result = deployer.apply();
            } catch (ImageNotFoundException e) {
                String outcome = describeRefusal(e);
                LOG.warn("apply {} on target {}; the suite judges what is there", outcome, targetName);
                Map<String, String> refused = nonSecret(deployer.resolvedConfig());
                refused.put(TargetStarter.APPLY_OUTCOME, outcome);
                return refused;
            }
            if (interruption.requested()) {
                throw new ApplyInterruptedException("the suite's apply on target " + targetName + " was interrupted ("
                        + interruption.signal().orElse("signal") + ") at " + interruption.stoppedAt()
                        .orElse("its start") + "; " + RESUME);
            }
            Map<String, String> out = nonSecret(deployer.resolvedConfig());
            out.put(TargetStarter.DEVIATIONS, String.join(",", deployer.deviations().stream()
                    .map(dev.airflowaks.guide.world.Deviation::id).toList()));
            if (!reachedAirflowRelease(result)) {
                String outcome = describeStop(result);
                LOG.warn("apply {} on target {}; the suite judges what was deployed", outcome, targetName);
                out.put(TargetStarter.APPLY_OUTCOME, outcome);
            }
            return out;
        }
    }

    /** Apply stops after the release on purpose, so "complete" means every step up to it succeeded. */
    static boolean reachedAirflowRelease(ApplyResult result) {
        return result.steps().stream().allMatch(StepOutcome::ok) && !result.steps().isEmpty()
                && AIRFLOW_RELEASE_STEP.equals(result.steps().get(result.steps().size() - 1).stepId());
    }

    /** "stopped at step 3 (External Secrets Operator (Helm)): context deadline exceeded; steps 4-10 did not run". */
    static String describeStop(ApplyResult result) {
        if (result.steps().isEmpty()) {
            return "stopped before its first step";
        }
        StepOutcome last = result.steps().get(result.steps().size() - 1);
        String next = last.stepId().matches("\\d+") ? String.valueOf(Integer.parseInt(last.stepId()) + 1)
                : AIRFLOW_RELEASE_STEP;
        String rest = next.equals(AIRFLOW_RELEASE_STEP) ? "step " + AIRFLOW_RELEASE_STEP + " did not run"
                : "steps " + next + "-" + AIRFLOW_RELEASE_STEP + " did not run";
        if (last.stepId().equals(AIRFLOW_RELEASE_STEP)) {
            rest = "";
        }
        return (last.ok() ? "stopped after step " : "stopped at step ") + last.stepId() + " (" + last.title() + ")"
                + (last.ok() ? "" : ": " + last.outcome()) + (rest.isEmpty() ? "" : "; " + rest);
    }

    /**
     * An apply that refused before its first change (an image the release pulls is found nowhere: bad input), in the
     * shape of {@link #describeStop}: the step, each missing image with where it looked, and the fix. The suite then
     * judges the untouched cluster, and the report leads with this line instead of 25 broken checks.
     */
    static String describeRefusal(ImageNotFoundException e) {
        return "stopped at step " + StepIds.of(GuideStepId.IMPORT_IMAGES) + " (images the Airflow release pulls, "
                + ApplySummary.REFUSED + "): " + e.missing().stream().map(m -> m.describe())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The guide's variables the deployer derived (client id, tenant, OIDC issuer), for the expectations. */
    static Map<String, String> nonSecret(DeployConfig config) {
        Map<String, String> out = new HashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            if (!key.name().startsWith("AZURE_") && !key.name().startsWith("AIRFLOW_AKS_") && !key.secret()
                    && key != ConfigKey.KUBECONFIG) {
                config.value(key).ifPresent(v -> out.put(key.name(), v));
            }
        }
        return out;
    }
}
