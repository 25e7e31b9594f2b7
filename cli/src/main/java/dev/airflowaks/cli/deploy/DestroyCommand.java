package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.teardown.ClaimFates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code airflow-aks destroy}: prints the teardown plan, then removes what apply made in reverse order. Keeps the
 * Retain PV, the blob data and the vault secrets unless {@code --purge}. Deleting the namespace deletes the
 * metadata database's claim and, through its {@code Delete} reclaim policy, the database, so every destroy lists
 * the data it deletes and asks for the namespace unless {@code --yes}; with no answer (no terminal) it removes
 * nothing and exits 4. {@code --keep-database} keeps that claim and its volume.
 */
@Command(name = "destroy", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = {"Remove what apply created. Keeps the PV, the blob data and the vault secrets unless --purge.",
            "Deletes the Airflow metadata database (PVC data-<release>-postgresql-0) unless --keep-database.",
            "Asks for the namespace to confirm unless --yes; without an answer nothing is removed.",
            "Exit codes: 0 success, 1 failed, 3 bad input, 4 not confirmed."})
public final class DestroyCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    @Option(names = "--purge", description = "Also delete the PV, the blob container with the logs and the two "
            + "vault secrets. Asks for confirmation unless --yes.")
    boolean purge;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Mixin
    InfraOptionsMixin infra;

    @Option(names = "--keep-database", description = "Keep the Airflow metadata database: its claim, its volume "
            + "and the namespace that holds them. The next apply uses it again.")
    boolean keepDatabase;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws java.io.IOException {
        if (infra.enabled) {
            return destroyInfrastructure();
        }
        return new DeployRunner(environment, System.out, System.err).run(options, o -> o, (deployer, config) -> {
            Plan plan = deployer.destroyPlan(purge, keepDatabase);
            System.out.println("Teardown plan:");
            System.out.print(plan.render());
            List<String> purged = purge ? purgeOnly(plan, deployer.destroyPlan(false, keepDatabase)) : List.of();
            if (!yes && !confirmed(config.namespace(), dataDeleted(plan), purge, purged)) {
                System.err.println("Not confirmed; nothing was removed. (In scripts, confirm with --yes.)");
                return ExitCodes.ABORTED;
            }
            List<StepOutcome> outcomes = deployer.destroy(purge, keepDatabase);
            boolean ok = outcomes.stream().allMatch(StepOutcome::ok);
            System.out.println(ok ? "Destroy complete." : "Destroy did not complete.");
            return ok ? ExitCodes.OK : ExitCodes.FAILED;
        });
    }

    /**
     * {@code destroy --infra}: the resource group goes, and with it the cluster and everything deployed on it, so
     * the deploy steps are not undone one by one. Asks for the group's name unless {@code --yes}; without a
     * terminal and without {@code --yes} nothing is deleted (exit 4).
     */
    private int destroyInfrastructure() throws java.io.IOException {
        var prepared = new InfraRunner(environment, System.out, System.err).prepare(options, infra);
        if (prepared.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        var teardown = prepared.get().infrastructure().teardown();
        try {
            System.out.println("Teardown plan (the resource group and everything in it, the cluster included):");
            System.out.print(teardown.plan().render());
            java.util.List<String> foreign = teardown.foreign();
            if (!foreign.isEmpty()) {
                System.err.println("Not deleting: the group holds resources without managed-by: airflow-aks: "
                        + String.join(", ", foreign));
                return ExitCodes.FAILED;
            }
            String rg = prepared.get().config().resourceGroup();
            if (!yes) {
                System.out.print("Type the resource group's name (" + rg + ") to delete it: ");
                System.out.flush();
                String line = System.console() == null ? null
                        : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || !rg.equals(line.trim())) {
                    System.out.println();
                    System.err.println("Not confirmed; nothing was deleted. (In scripts, confirm with --yes.)");
                    return ExitCodes.ABORTED;
                }
            }
            System.out.println(teardown.destroy());
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            System.err.println("Destroy did not complete: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** What --purge deletes on top of a plain destroy: kept without it, deleted with it. Names only, no values. */
    static List<String> purgeOnly(Plan purge, Plan plain) {
        Set<String> kept = plain.steps().stream().flatMap(st -> st.changes().stream())
                .filter(c -> c.action() == Action.KEEP).map(Change::target).collect(Collectors.toSet());
        return purge.changes().stream().filter(c -> c.action() == Action.DELETE && kept.contains(c.target()))
                .map(Change::target).toList();
    }

    /** The claims whose volume, and data, the teardown deletes: "target (reason)". */
    static List<String> dataDeleted(Plan plan) {
        return plan.changes().stream().filter(c -> c.action() == Action.DELETE)
                .flatMap(c -> c.diff().stream().filter(d -> d.endsWith(ClaimFates.DATA_DELETED))
                        .map(d -> c.target() + " (" + d + ")"))
                .toList();
    }

    private static boolean confirmed(String namespace, List<String> data, boolean purge, List<String> purged)
            throws java.io.IOException {
        System.out.println("Destroy removes what apply created in namespace " + namespace + " and deletes, "
                + "permanently:");
        if (data.isEmpty()) {
            System.out.println("  (no volume data: every remaining claim's volume is kept or already gone)");
        }
        data.forEach(t -> System.out.println("  - " + t));
        if (purge) {
            System.out.println("--purge also deletes, permanently:");
            if (purged.isEmpty()) {
                System.out.println("  (nothing: the PV, the blob container and the vault secrets are already gone)");
            }
            purged.forEach(t -> System.out.println("  - " + t));
        }
        System.out.print("Type the namespace (" + namespace + ") to confirm: ");
        System.out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            System.out.println();
        }
        return namespace.equals(line == null ? null : line.trim());
    }
}
