package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Issue 17 point 1, an interrupt during a Helm call, with a real SIGINT to {@code apply} in a child JVM: the signal
 * arrives while Helm installs the External Secrets Operator (its release record exists, still
 * {@code pending-install}: world fact helm.pending-after-interrupt). helm-java cannot cancel the call, so the command
 * lets it finish, then stops and exits 130; Helm's storage then holds the release {@code deployed}, not
 * {@code pending-install}, and the next apply converges without any {@code helm rollback}.
 */
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
class HelmInterruptTwinTest {

    private static final String ESO_FIRST_REVISION = "sh.helm.release.v1.external-secrets.v1";

    @TempDir
    static Path dir;
    static EmbeddedTwin twin;
    static KubernetesClient client;
    static Map<String, String> env;
    static ChildCommand cli;

    @BeforeAll
    static void start() throws Exception {
        twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).kubeconfig(dir.resolve("kubeconfig"))
                .envFile(dir.resolve("twin.env")));
        client = twin.newClient();
        env = DestroyPurgeTwinTest.cliEnv(dir, twin);
        cli = new ChildCommand(env);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (twin != null) {
            twin.close();
        }
    }

    @Test
    void sigintDuringTheEsoInstallLeavesItDeployedAndTheNextApplyConverges() throws Exception {
        // a watch, not a poll: the signal leaves the moment Helm has stored the pending revision
        AtomicBoolean recorded = new AtomicBoolean();
        ChildCommand.Result c;
        try (Watch watch = client.secrets().inNamespace("airflow").watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Secret secret) {
                if (ESO_FIRST_REVISION.equals(secret.getMetadata().getName())) {
                    recorded.set(true);
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        })) {
            c = cli.interrupted("INT", lines -> recorded.get(), List.of("apply", "--work-dir", work()));
        }
        assertEquals(130, c.code(), c.out());
        if (c.out().contains("the release itself is deployed")) {
            // on an idle machine the call can end between Helm's pending record and the signal's arrival: then the
            // step is stopped in the deployer's own wait, which must say the release is already deployed
            assertTrue(c.out().contains("interrupted while waiting for the workloads of helm release "
                    + "external-secrets; the release itself is deployed"), c.out());
        } else {
            assertTrue(c.out().contains("SIGINT during helm install external-secrets: finishing the Helm call in "
                    + "progress so the release is not left pending"), "the signal came during the call:\n" + c.out());
            assertTrue(c.out().contains("helm install external-secrets finished after the interrupt (deployed, "
                    + "revision 1)"), c.out());
        }
        assertTrue(c.out().contains("Interrupted (SIGINT) at step 3"), c.out());
        assertFalse(c.out().contains("context canceled"), "Go's handler never saw the signal:\n" + c.out());
        assertEquals("deployed", latestRevisionStatus("external-secrets"), "Helm's record, not pending-install");

        // the resuming apply and the plan need no signal: in this JVM, as the other twin tests run commands
        ApplyCommand apply = new ApplyCommand();
        apply.environment = env;
        DestroyPurgeTwinTest.Run again = DestroyPurgeTwinTest.run(apply, "", "--work-dir", work());
        assertEquals(0, again.code(), again.out() + again.err());
        assertFalse((again.out() + again.err()).contains("helm rollback"), again.out() + again.err());
        PlanCommand plan = new PlanCommand();
        plan.environment = env;
        DestroyPurgeTwinTest.Run planned = DestroyPurgeTwinTest.run(plan, "", "--work-dir", work());
        assertEquals(0, planned.code(), "converged: nothing left to change\n" + planned.out() + planned.err());
    }

    private static String work() {
        return dir.resolve("work").toString();
    }

    /** The {@code status} label of the release's newest revision in Helm's Secret storage. */
    private static String latestRevisionStatus(String release) {
        List<Secret> revisions = client.secrets().inNamespace("airflow")
                .withLabels(Map.of("owner", "helm", "name", release)).list().getItems();
        return revisions.stream().max(Comparator.comparingInt(s -> Integer.parseInt(
                s.getMetadata().getLabels().get("version")))).map(s -> s.getMetadata().getLabels().get("status"))
                .orElse("absent");
    }
}
