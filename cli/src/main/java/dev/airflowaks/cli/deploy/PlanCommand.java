package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.plan.Plan;
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

    @Option(names = "--detailed-exitcode", description = "Exit 0 when there are no changes, 2 when there are, "
            + "1 on error (as terraform plan -detailed-exitcode).")
    boolean detailedExitCode;

    @Option(names = "--destroy", description = "Show the teardown plan instead (what destroy would remove or keep).")
    boolean destroy;

    @Option(names = "--purge", description = "With --destroy: plan a purge (PV, blob container, vault secrets).")
    boolean purge;

    @Option(names = "--verbatim", description = "Plan the guide exactly as published, without the deviations this "
            + "tool makes where the world moved on (listed under 'Deviations from the guide').")
    boolean verbatim;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        return new DeployRunner(environment, System.out, System.err).run(options, o -> o.withVerbatim(verbatim), (deployer, config) -> {
            Plan plan = destroy ? deployer.destroyPlan(purge) : deployer.plan();
            System.out.print(plan.render());
            return detailedExitCode && plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
        });
    }
}
