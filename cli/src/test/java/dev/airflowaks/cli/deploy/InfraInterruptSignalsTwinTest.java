package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.twin.EmptyTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.guide.GuideStepId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/**
 * Issue 14, "kill-and-resume at each infrastructure step boundary", with real signals: {@code apply --infra} on an
 * empty twin runs in a child JVM and is stopped three times at representative boundaries, detected from its progress
 * lines: SIGINT once the resource group is done (while the identity is being created), SIGTERM once the storage
 * secrets are set (while ARM creates the AKS cluster, the longest operation), and {@code kill -9} once the cluster is
 * done (no handler runs at all). A signalled run says where it stopped and exits 130 / 143; each next run finds the
 * earlier steps unchanged and carries on; a last {@code apply --infra} converges and {@code plan --infra
 * --detailed-exitcode} exits 0.
 */
@ResourceLock(Resources.SYSTEM_OUT) // runs deploy commands in this JVM, which print to System.out/err
@ResourceLock(Resources.SYSTEM_ERR)
class InfraInterruptSignalsTwinTest {

    @TempDir
    Path dir;

    @Test
    void sigintAfterResourceGroupSigtermBeforeAksClusterKill9AfterAksClusterThenResumeConverges() throws Exception {
        Path envFile = dir.resolve("twin.env");
        try (EmptyTwin twin = EmptyTwin.start(TwinOptions.defaults().simulated(true)
                .kubeconfig(dir.resolve("twin-kubeconfig")).envFile(envFile))) {
            Map<String, String> env = ExpectationsResolver.readEnvFile(envFile);
            Path charts = TestCharts.extract(dir.resolve("charts"));
            List<String> args = List.of("--infra", "--env-file", envFile.toString(),
                    "--kubeconfig", dir.resolve("kubeconfig").toString(),
                    "--eso-chart", TestCharts.eso(charts).toString(),
                    "--airflow-chart", TestCharts.airflow(charts).toString(),
                    "--work-dir", dir.resolve("work").toString());

            ChildCommand.Result first = applyInfra(env, args, "INT", GuideStepId.RESOURCE_GROUP);
            assertStopped(first, 130, "SIGINT");
            String rg = ExpectationsResolver.readEnvFile(envFile).get("MY_RESOURCE_GROUP_NAME");
            assertTrue(twin.azure().world().hasResourceGroup(rg), "what the first run created is kept");

            ChildCommand.Result second = applyInfra(env, args, "TERM", GuideStepId.STORAGE_SECRETS);
            assertStopped(second, 143, "SIGTERM");
            assertTrue(second.out().lines().anyMatch(l -> l.startsWith("[RESOURCE_GROUP/")
                    && l.contains("unchanged")), "the resumed run finds the group done:\n" + second.out());

            ChildCommand.Result third = applyInfra(env, args, "KILL", GuideStepId.AKS_CLUSTER);
            assertEquals(137, third.code(), "kill -9: 128 + 9, no handler ran:\n" + third.out());
            assertFalse(third.out().contains("Infrastructure ready"), third.out());

            ApplyCommand apply = new ApplyCommand();
            apply.environment = env;
            assertEquals(0, new CommandLine(apply).execute(args.toArray(String[]::new)),
                    "apply --infra after three interrupted runs converges");
            assertTrue(Files.isRegularFile(dir.resolve("kubeconfig")));
            PlanCommand plan = new PlanCommand();
            plan.environment = env;
            List<String> planArgs = new ArrayList<>(args);
            planArgs.add("--detailed-exitcode");
            assertEquals(0, new CommandLine(plan).execute(planArgs.toArray(String[]::new)),
                    "plan --infra --detailed-exitcode: nothing left to do");
        }
    }

    private static ChildCommand.Result applyInfra(Map<String, String> env, List<String> args, String signal,
                                                  GuideStepId after)
            throws Exception {
        List<String> all = new ArrayList<>(List.of("apply"));
        all.addAll(args);
        return new ChildCommand(env).interrupted(signal, ChildCommand.afterStep(after.name()), all);
    }

    private static void assertStopped(ChildCommand.Result c, int code, String signal) {
        assertEquals(code, c.code(), c.out());
        assertTrue(c.out().contains(signal + " received: stopping the current step"), c.out());
        assertTrue(c.out().contains("Interrupted (" + signal + ") "), c.out());
        assertTrue(c.out().contains("infrastructure step"), c.out());
        assertTrue(c.out().contains("Run apply --infra again to resume"), c.out());
        assertFalse(c.out().contains("Infrastructure ready"), "stopped before the deploy steps:\n" + c.out());
    }
}
