package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.ApplyResult;
import java.util.Map;
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

    @Option(names = "--verbatim", description = "Deploy the guide exactly as published, without the deviations this "
            + "tool makes where the world moved on (plan lists them). Shows what the published guide does today.")
    boolean verbatim;

    @Option(names = "--stop-after", paramLabel = "STEP", hidden = true,
            description = "Stop after this step as if interrupted (testing the resume).")
    String stopAfter;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        return new DeployRunner(environment, System.out, System.err).run(options, o -> {
            var tuned = o.withKeepOnFailure(keepOnFailure).withVerbatim(verbatim);
            return stopAfter == null ? tuned : tuned.withStopAfterStep(stopAfter);
        }, (deployer, config) -> {
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
