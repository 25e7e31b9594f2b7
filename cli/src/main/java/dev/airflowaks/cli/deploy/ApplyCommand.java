package dev.airflowaks.cli.deploy;

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
 * progress is recorded in the cluster), and on failure undoes what this run created unless
 * {@code --keep-on-failure}.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = {"Deploy Apache Airflow on AKS as the guide does, step by step.",
            "Safe to re-run: unchanged objects are not written; an interrupted run resumes.",
            "On failure, what this run created is undone unless --keep-on-failure.",
            "Exit codes: 0 success, 1 failed, 3 bad input (nothing changed)."})
public final class ApplyCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    @Option(names = "--keep-on-failure",
            description = "On failure, keep what this run created (to inspect it, or to resume with another apply) "
                    + "instead of undoing it.")
    boolean keepOnFailure;

    @Option(names = "--stop-after", paramLabel = "STEP", hidden = true,
            description = "Stop after this step as if interrupted (testing the resume).")
    String stopAfter;

    @Mixin
    InfraOptionsMixin infra;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        Map<String, String> env = environment;
        if (infra.enabled) {
            var prepared = new InfraRunner(environment, System.out, System.err).prepare(options, infra);
            if (prepared.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            Optional<GuideStepId> stopInfra = Optional.ofNullable(stopAfter).flatMap(s -> java.util.Arrays
                    .stream(GuideStepId.values()).filter(g -> g.name().equals(s)).findFirst());
            if (!prepared.get().infrastructure().apply(stopInfra).succeeded()) {
                System.err.println(stopInfra.isPresent() ? "Stopped after " + stopInfra.get() + "."
                        : "Apply did not complete: the infrastructure is not ready; run apply --infra again to resume.");
                return ExitCodes.FAILED;
            }
            System.out.println("Infrastructure ready; kubeconfig " + prepared.get().kubeconfig());
            env = prepared.get().environment();
        }
        return new DeployRunner(env, System.out, System.err).run(options, o -> {
            var tuned = o.withKeepOnFailure(keepOnFailure);
            return stopAfter == null ? tuned : tuned.withStopAfterStep(stopAfter);
        }, (deployer, config) -> {
            if (!PrerequisiteCheck.passes(deployer.resolvedConfig(), System.err)) {
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
