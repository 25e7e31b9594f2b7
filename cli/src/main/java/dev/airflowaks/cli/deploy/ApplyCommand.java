package dev.airflowaks.cli.deploy;

import dev.airflowaks.cli.signals.Interrupts;
import dev.airflowaks.deployer.ApplyResult;
import dev.airflowaks.guide.GuideStepId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code airflow-aks apply}: performs the guide's steps. Idempotent (a second run writes nothing), resumable (the
 * progress is recorded in the cluster). On failure it keeps what it did and prints how to resume or undo, as
 * Terraform does; {@code --atomic} undoes this run's creations instead, as Helm's flag does (never after an
 * interrupt). {@code --keep-on-failure}, the old opt-out of undoing, is a deprecated no-op kept for scripts.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = {"Deploy Apache Airflow on AKS as the guide does, step by step.",
            "Safe to re-run: unchanged objects are not written; an interrupted run resumes.",
            "On failure, what this run did is kept (resume with another apply); --atomic undoes it.",
            "Exit codes: 0 success, 1 failed, 3 bad input (nothing changed)."})
public final class ApplyCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    @Option(names = "--atomic",
            description = "On failure, undo what this run created (as helm --atomic). Without it a failed apply keeps "
                    + "its partial state to inspect and resume. An interrupt never undoes.")
    boolean atomic;

    @Option(names = "--keep-on-failure", hidden = true,
            description = "Deprecated: keeping the partial state on failure is now the default.")
    boolean keepOnFailure;

    @Option(names = "--verbatim", description = "Deploy the guide exactly as published, without the deviations this "
            + "tool makes where the world moved on (plan lists them). Shows what the published guide does today.")
    boolean verbatim;

    @Option(names = "--stop-after", paramLabel = "STEP", hidden = true,
            description = "Stop after this step as if interrupted (testing the resume): its id as printed (1-11, "
                    + "images) or its guide step's catalogue name (DEPLOY_AIRFLOW: after the readiness wait).")
    String stopAfter;

    @Mixin
    InfraOptionsMixin infra;

    Map<String, String> environment = System.getenv();

    /** Told the infrastructure's outcome (for {@code run --infra}'s guide-step matrix). */
    java.util.function.Consumer<dev.airflowaks.deployer.infra.Infrastructure.Result> infraOutcome = r -> { };

    @Override
    public Integer call() {
        if (keepOnFailure) {
            System.err.println("Warning: --keep-on-failure is deprecated and has no effect: a failed apply now keeps "
                    + "what it did by default; use --atomic to undo instead.");
        }
        if (keepOnFailure && atomic) {
            System.err.println("Invalid options, nothing was changed: --keep-on-failure and --atomic contradict "
                    + "each other; drop --keep-on-failure.");
            return ExitCodes.BAD_INPUT;
        }
        Map<String, String> env = environment;
        if (infra.enabled) {
            var prepared = new InfraRunner(environment, System.out, System.err).prepare(options, infra);
            if (prepared.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            Optional<GuideStepId> stopInfra = Optional.ofNullable(stopAfter).flatMap(s -> java.util.Arrays
                    .stream(GuideStepId.values()).filter(g -> g.name().equals(s)).findFirst());
            dev.airflowaks.deployer.infra.Infrastructure.Result infraResult;
            try (Interrupts interrupts = Interrupts.install(System.err)) {
                infraResult = prepared.get().infrastructure().apply(stopInfra, interrupts.interruption());
                infraOutcome.accept(infraResult);
                if (interrupts.requested()) {
                    System.err.println("Interrupted by " + interrupts.interruption().signal().orElseThrow()
                            + "; stopped, nothing was undone. Run apply --infra again to resume, or destroy --infra "
                            + "to remove what was made.");
                    return interrupts.exitCode();
                }
            }
            if (!infraResult.succeeded()) {
                System.err.println(stopInfra.isPresent() ? "Stopped after " + stopInfra.get() + "."
                        : "Apply did not complete: the infrastructure is not ready; run apply --infra again to resume.");
                return ExitCodes.FAILED;
            }
            System.out.println("Infrastructure ready; kubeconfig " + prepared.get().kubeconfig());
            env = prepared.get().environment();
        }
        return new DeployRunner(env, System.out, System.err).run(options, o -> {
            var tuned = o.withAtomic(atomic).withVerbatim(verbatim);
            return stopAfter == null ? tuned : tuned.withStopAfterStep(stopAfter);
        }, (deployer, config) -> {
            if (!PrerequisiteCheck.passes(deployer.resolvedConfig(), deployer.azure(), System.err)) {
                return ExitCodes.FAILED;
            }
            ApplyResult result = deployer.apply();
            if (result.succeeded()) {
                System.out.println("Apply complete.");
                return ExitCodes.OK;
            }
            System.err.println("Apply did not complete." + (result.undoFailures().isEmpty() ? ""
                    : " Some undo actions failed; see above."));
            return ExitCodes.FAILED;
        });
    }
}
