package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.deploy.DestroyPurgeTwinTest.Run;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Issue 17 points 2 and 3 on the embedded twin, through picocli as a user runs them. A plain {@code destroy} with
 * no terminal answer removes nothing and exits 4, after a teardown plan that names the Postgres claim
 * {@code data-airflow-postgresql-0} and says its {@code Delete} reclaim policy deletes the metadata database;
 * {@code --keep-database} keeps that claim (same uid) through a destroy and a re-apply; and a real {@code destroy}
 * followed by a real second {@code apply} converges: the kept Retain PV's stale claimRef (Kubernetes keeps a
 * Released volume's claimRef to the deleted claim's uid, so a new claim of the same name never binds) is planned as
 * an update with that reason and cleared, and {@code plan --detailed-exitcode} then exits 0.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
class DestroyReapplyTwinTest {

    static final String DB_CLAIM = "data-airflow-postgresql-0";

    @TempDir
    static Path dir;
    static EmbeddedTwin twin;
    static KubernetesClient client;
    static Map<String, String> env;
    static String dbClaimUid;

    @BeforeAll
    static void deploy() throws Exception {
        twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).kubeconfig(dir.resolve("kubeconfig"))
                .envFile(dir.resolve("twin.env")));
        client = twin.newClient();
        env = DestroyPurgeTwinTest.cliEnv(dir, twin);
        Run r = apply();
        assertEquals(0, r.code(), r.out() + r.err());
        PersistentVolumeClaim db = client.persistentVolumeClaims().inNamespace("airflow").withName(DB_CLAIM)
                .waitUntilCondition(c -> c != null && c.getSpec().getVolumeName() != null, 60, TimeUnit.SECONDS);
        dbClaimUid = db.getMetadata().getUid();
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

    static Run cli(Callable<Integer> command, String stdin, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--work-dir", dir.resolve("work").toString()));
        return DestroyPurgeTwinTest.run(command, stdin, a.toArray(String[]::new));
    }

    static Run apply() {
        ApplyCommand c = new ApplyCommand();
        c.environment = env;
        return cli(c, "");
    }

    static Run destroy(String stdin, String... args) {
        DestroyCommand c = new DestroyCommand();
        c.environment = env;
        return cli(c, stdin, args);
    }

    static Run plan() {
        PlanCommand c = new PlanCommand();
        c.environment = env;
        return cli(c, "", "--detailed-exitcode");
    }

    static String dbVolume() {
        PersistentVolumeClaim c = client.persistentVolumeClaims().inNamespace("airflow").withName(DB_CLAIM).get();
        return c == null ? null : c.getSpec().getVolumeName();
    }

    @Test
    @Order(1)
    void plainDestroyWithoutATerminalRemovesNothingAndNamesTheDatabaseItWouldDelete() {
        Run r = destroy("");
        assertEquals(ExitCodes.ABORTED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Not confirmed; nothing was removed."), r.err());
        String volume = dbVolume();
        assertNotNull(volume);
        assertTrue(r.out().contains("  - delete PersistentVolumeClaim airflow/" + DB_CLAIM + "\n"
                + "      reclaim policy Delete: volume " + volume + " and its data are deleted\n"
                + "      this is the Airflow metadata database"), r.out());
        assertTrue(r.out().contains("deletes, permanently:\n  - PersistentVolumeClaim airflow/" + DB_CLAIM), r.out());
        assertNotNull(client.namespaces().withName("airflow").get().getMetadata());
        assertNull(client.namespaces().withName("airflow").get().getMetadata().getDeletionTimestamp());
        assertNotNull(client.persistentVolumes().withName(volume).get());
        assertFalse(client.secrets().inNamespace("airflow").withLabel("owner", "helm").list().getItems().isEmpty(),
                "helm releases kept");
    }

    @Test
    @Order(2)
    void keepDatabaseKeepsTheClaimAndItsVolumeAndTheReapplyUsesThem() {
        String volume = dbVolume();
        Run r = destroy("", "--keep-database", "--yes");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  k keep PersistentVolumeClaim airflow/" + DB_CLAIM), r.out());
        assertTrue(client.secrets().inNamespace("airflow").withLabel("owner", "helm").list().getItems().isEmpty(),
                "helm releases removed");
        PersistentVolumeClaim kept = client.persistentVolumeClaims().inNamespace("airflow").withName(DB_CLAIM).get();
        assertEquals(dbClaimUid, kept.getMetadata().getUid(), "the same claim");
        assertNotNull(client.persistentVolumes().withName(volume).get(), "its volume");

        Run again = apply();
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals(dbClaimUid, client.persistentVolumeClaims().inNamespace("airflow").withName(DB_CLAIM).get()
                .getMetadata().getUid(), "the re-apply uses the kept database claim");
        assertEquals(volume, dbVolume());
        Run p = plan();
        assertEquals(0, p.code(), p.out() + p.err());
    }

    @Test
    @Order(3)
    void destroyThenApplyConvergesWithTheStaleClaimRefPlannedAndCleared() {
        Run d = destroy("", "--yes");
        assertEquals(0, d.code(), d.out() + d.err());
        client.namespaces().withName("airflow").waitUntilCondition(n -> n == null, 120, TimeUnit.SECONDS);
        var pv = client.persistentVolumes().withName("pv-airflow-logs")
                .waitUntilCondition(v -> v != null && v.getStatus() != null
                        && "Released".equals(v.getStatus().getPhase()), 60, TimeUnit.SECONDS);
        String staleUid = pv.getSpec().getClaimRef().getUid();

        Run p = plan();
        assertEquals(ExitCodes.CHANGES, p.code(), p.out() + p.err());
        assertTrue(p.out().contains("  ~ update PersistentVolume pv-airflow-logs\n      spec.claimRef: \"airflow/"
                + "pvc-airflow-logs uid " + staleUid + "\" -> null (the claim was deleted and the volume is Released"),
                p.out());

        Run a = apply();
        assertEquals(0, a.code(), a.out() + a.err());
        var bound = client.persistentVolumes().withName("pv-airflow-logs").get();
        assertEquals("Bound", bound.getStatus().getPhase());
        assertFalse(staleUid.equals(bound.getSpec().getClaimRef().getUid()), "bound to the new claim");
        Run converged = plan();
        assertEquals(0, converged.code(), converged.out() + converged.err());
    }
}
