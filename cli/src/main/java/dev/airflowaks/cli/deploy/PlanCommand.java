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

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        if (detailedExitCode != null && !List.of("true", "strict").contains(detailedExitCode)) {
            System.err.println("Invalid option, nothing was changed: --detailed-exitcode takes no value or 'strict', "
                    + "not '" + detailedExitCode + "'.");
            return ExitCodes.BAD_INPUT;
        }
        boolean strict = "strict".equals(detailedExitCode);
        return new DeployRunner(environment, System.out, System.err).run(options, o -> o, (deployer, config) -> {
            Plan plan = destroy ? deployer.destroyPlan(purge) : deployer.plan();
            System.out.print(plan.render());
            return detailedExitCode != null && plan.hasChanges(strict) ? ExitCodes.CHANGES : ExitCodes.OK;
        });
    }
}
