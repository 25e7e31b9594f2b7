package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code airflow-aks plan}: read-only; every object and Azure operation as create, update (with diff) or unchanged. */
@Command(name = "plan", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = {"Show what apply would change, without changing anything.",
            "Exit codes: 0 success (no changes with --detailed-exitcode), 1 failed, 2 changes "
                    + "(--detailed-exitcode), 3 bad input."})
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    @Option(names = "--detailed-exitcode", arity = "0..1", fallbackValue = "true", paramLabel = "strict",
            description = "Exit 0 when there are no changes, 2 when there are, 1 on error (as terraform plan "
                    + "-detailed-exitcode). Objects that differ only in airflow-aks's own labels (adopt, metadata "
                    + "only) are not changes, unless --detailed-exitcode=strict.")
    String detailedExitCode;

    @Option(names = "--destroy", description = "Show the teardown plan instead (what destroy would remove or keep).")
    boolean destroy;

    @Option(names = "--purge", description = "With --destroy: plan a purge (PV, blob container, vault secrets).")
    boolean purge;

    @Mixin
    InfraOptionsMixin infra;

    @Option(names = "--keep-database", description = "With --destroy: plan a destroy that keeps the Airflow "
            + "metadata database.")
    boolean keepDatabase;

    @Option(names = "--verbatim", description = "Plan the guide exactly as published, without the deviations this "
            + "tool makes where the world moved on (listed under 'Deviations from the guide').")
    boolean verbatim;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        if (detailedExitCode != null && !List.of("true", "strict").contains(detailedExitCode)) {
            System.err.println("Invalid option, nothing was changed: --detailed-exitcode takes no value or 'strict', "
                    + "not '" + detailedExitCode + "'.");
            return ExitCodes.BAD_INPUT;
        }
        boolean strict = "strict".equals(detailedExitCode);
        Map<String, String> env = environment;
        boolean infraChanges = false;
        if (infra.enabled) {
            var prepared = new InfraRunner(environment, System.out, System.err).prepare(options, infra);
            if (prepared.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            try {
                Plan plan = destroy ? prepared.get().infrastructure().teardown().plan()
                        : prepared.get().infrastructure().plan();
                System.out.println("Infrastructure:");
                System.out.print(plan.render());
                infraChanges = plan.hasChanges(strict);
            } catch (RuntimeException e) {
                System.err.println("Failed: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (destroy || infraChanges || !java.nio.file.Files.isRegularFile(prepared.get().kubeconfig())) {
                if (!destroy) {
                    System.out.println("Deploy steps: planned once the infrastructure is in place (apply --infra "
                            + "creates it and writes the kubeconfig to " + prepared.get().kubeconfig() + ").");
                }
                return detailedExitCode != null && infraChanges ? ExitCodes.CHANGES : ExitCodes.OK;
            }
            env = prepared.get().environment();
        }
        boolean before = infraChanges;
        return new DeployRunner(env, System.out, System.err).run(options, o -> o.withVerbatim(verbatim), (deployer, config) -> {
            if (!destroy && !PrerequisiteCheck.passes(deployer.resolvedConfig(), deployer.azure(), System.err)) {
                return ExitCodes.FAILED;
            }
            Plan plan = destroy ? deployer.destroyPlan(purge, keepDatabase) : deployer.plan();
            System.out.print(plan.render());
            return detailedExitCode != null && (before || plan.hasChanges(strict)) ? ExitCodes.CHANGES : ExitCodes.OK;
        });
    }
}
