package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.twin.EmptyTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.azure.world.AzureWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/**
 * {@code apply|plan|destroy --infra} through picocli on an empty twin (issue 14, "Done when"): apply converges from
 * nothing, {@code verify --azure} with its env file is Conformant, {@code plan --infra --detailed-exitcode} then
 * exits 0 (no change), and {@code destroy --infra --yes}
 * leaves ARM with no resource group and the cluster's API gone. The user's shell is not read: each command gets the
 * twin's env file as its whole environment.
 */
@ResourceLock(Resources.SYSTEM_OUT) // runs deploy commands in this JVM, which print to System.out/err
@ResourceLock(Resources.SYSTEM_ERR)
class InfraCommandsTwinTest {

    @TempDir
    Path dir;

    @Test
    void applyThenPlanWithoutChangesThenDestroyLeavesAnEmptySubscription() throws Exception {
        Path envFile = dir.resolve("twin.env");
        Path kubeconfig = dir.resolve("kubeconfig");
        try (EmptyTwin twin = EmptyTwin.start(TwinOptions.defaults().simulated(true)
                .kubeconfig(dir.resolve("twin-kubeconfig")).envFile(envFile))) {
            Map<String, String> env = ExpectationsResolver.readEnvFile(envFile);
            Path charts = TestCharts.extract(dir.resolve("charts"));
            List<String> common = List.of("--infra", "--env-file", envFile.toString(), "--kubeconfig",
                    kubeconfig.toString());
            List<String> charted = new java.util.ArrayList<>(common);
            charted.addAll(List.of("--eso-chart", TestCharts.eso(charts).toString(),
                    "--airflow-chart", TestCharts.airflow(charts).toString()));

            ApplyCommand apply = new ApplyCommand();
            apply.environment = env;
            assertEquals(0, run(apply, charted, "--work-dir", dir.resolve("w1").toString()), "apply --infra");
            AzureWorld world = twin.azure().world();
            String rg = ExpectationsResolver.readEnvFile(envFile).getOrDefault("MY_RESOURCE_GROUP_NAME",
                    "airflow-aks-rg");
            assertTrue(world.hasResourceGroup(rg), "apply --infra created the group " + rg);
            assertTrue(Files.isRegularFile(kubeconfig), "the user kubeconfig is written to --kubeconfig");
            String server = io.fabric8.kubernetes.client.Config.fromKubeconfig(Files.readString(kubeconfig))
                    .getMasterUrl();

            // verify --azure with E sourced, as a user checks what apply --infra made: the cluster from the written
            // kubeconfig, Azure read through the env file's connection settings and the names apply wrote there.
            StringWriter verifyOut = new StringWriter();
            CommandLine verify = new CommandLine(new Main());
            verify.setOut(new PrintWriter(verifyOut));
            int verified = verify.execute("verify", "--kubeconfig", kubeconfig.toString(), "--azure", "--env-file",
                    envFile.toString(), "--out", dir.resolve("report").toString());
            assertEquals(0, verified, "verify --azure after apply --infra is Conformant:\n" + verifyOut);
            assertTrue(verifyOut.toString().contains("Conformant"), verifyOut.toString());
            String report = Files.readString(dir.resolve("report").resolve("report.json"));
            assertTrue(report.contains("\"FEDERATED_CREDENTIAL\""), "the Azure-side checks ran, not only the cluster's");

            PlanCommand plan = new PlanCommand();
            plan.environment = env;
            assertEquals(0, run(plan, charted, "--detailed-exitcode", "--work-dir", dir.resolve("w2").toString()),
                    "plan --infra --detailed-exitcode after apply: no changes");

            DestroyCommand destroy = new DestroyCommand();
            destroy.environment = env;
            assertEquals(0, run(destroy, common, "--yes"), "destroy --infra --yes");
            assertFalse(world.hasResourceGroup(rg), "ARM lists no resource group");
            assertTrue(world.clusters().isEmpty(), "no cluster left");
            URI api = URI.create(server);
            assertThrows(java.io.IOException.class, () -> {
                try (Socket s = new Socket(api.getHost(), api.getPort())) {
                    s.getInputStream();
                }
            }, "the cluster's API is gone");
        }
    }

    private static int run(Object command, List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return new CommandLine(command).execute(all.toArray(String[]::new));
    }
}
