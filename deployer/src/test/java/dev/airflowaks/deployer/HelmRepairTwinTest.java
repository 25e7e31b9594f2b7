package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.helm.ReleaseState;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.testing.HelmStorage;
import dev.airflowaks.deployer.testing.TwinWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Airflow release left broken by an earlier run, in the states Helm itself leaves: a first install interrupted
 * ({@code pending-install}, nothing ever deployed), a failed upgrade ({@code failed} on top of a deployed revision),
 * and an upgrade still (or apparently still) in progress ({@code pending-upgrade}). The states are written into
 * Helm's release Secrets; the twin's Helm, plan and apply then see exactly what they would after the real run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelmRepairTwinTest {

    private static final String NS = "airflow";
    private static final String RELEASE = "airflow";
    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofHours(2));

    @TempDir
    static Path work;
    static TwinWorld world;
    static HelmStorage storage;

    @BeforeAll
    static void start() {
        world = new TwinWorld(work);
        storage = new HelmStorage(world.client);
        ApplyResult r = deployer().apply();
        assertTrue(r.succeeded(), r.steps().toString());
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    static Deployer deployer() {
        var config = world.config();
        return new Deployer(config, world.clients(config), world.options(), new PrintingProgress(System.out, 11));
    }

    static ReleaseState release() {
        return world.clients(world.config()).helm().status(RELEASE, NS).orElseThrow();
    }

    static Change step10(Plan plan) {
        return plan.steps().stream().filter(s -> s.stepId().equals("10")).findFirst().orElseThrow().changes().get(0);
    }

    static StepOutcome step10(ApplyResult r) {
        return r.steps().stream().filter(s -> s.stepId().equals("10")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void interruptedFirstInstallIsReinstalled() {
        assertEquals(List.of(1), revisions());
        storage.setStatus(NS, RELEASE, 1, "pending-install", LONG_AGO);
        assertEquals("pending-install", release().status());

        Change planned = step10(deployer().plan());
        assertEquals(Action.UPDATE, planned.action(), planned.render());
        assertEquals(List.of("status: \"pending-install\" -> \"deployed\" (repair: uninstall and install again, "
                + "no revision was ever deployed)"), planned.diff());

        ApplyResult r = deployer().apply();
        assertTrue(r.succeeded(), r.steps().toString());
        assertTrue(step10(r).outcome().startsWith("reinstalled airflow-1.15.0 rev 1"), step10(r).outcome());
        ReleaseState now = release();
        assertTrue(now.deployed(), now.toString());
        assertEquals("1", now.revision(), "a fresh install, not an upgrade on top of the broken revision");
        assertNotNull(world.client.apps().deployments().inNamespace(NS).withName("airflow-scheduler").get());
        assertEquals(1, world.client.apps().replicaSets().inNamespace(NS).withLabel("component", "scheduler").list()
                .getItems().size(), "the broken release's ReplicaSet was gone before the new install");
        assertFalse(deployer().plan().hasChanges());
    }

    @Test
    @Order(2)
    void failedUpgradeIsUpgradedAgain() {
        // What a failed `helm upgrade` leaves: revision 1 still deployed, revision 2 failed (and listed).
        int failed = storage.addRevision(NS, RELEASE, 1, "failed", Instant.now());
        assertEquals("failed", release().status());
        assertEquals(String.valueOf(failed), release().revision());

        Change planned = step10(deployer().plan());
        assertEquals(List.of("status: \"failed\" -> \"deployed\" (repair: upgrade over revision 1)"),
                planned.diff(), planned.render());

        ApplyResult r = deployer().apply();
        assertTrue(r.succeeded(), r.steps().toString());
        assertTrue(step10(r).outcome().startsWith("upgraded airflow-1.15.0 rev 3"), step10(r).outcome());
        assertTrue(release().deployed(), release().toString());
        assertEquals("3", release().revision());
        assertFalse(deployer().plan().hasChanges());
    }

    @Test
    @Order(3)
    void recentPendingUpgradeIsLeftAloneWithAClearMessage() {
        int pending = storage.addRevision(NS, RELEASE, 3, "pending-upgrade", Instant.now());

        Change planned = step10(deployer().plan());
        assertEquals(Action.UPDATE, planned.action());
        assertTrue(planned.diff().get(0).startsWith("status: \"pending-upgrade\" (cannot repair: "), planned.diff()
                .toString());

        ApplyResult r = deployer().apply();
        assertFalse(r.succeeded());
        String msg = step10(r).outcome();
        assertTrue(msg.contains("pending-upgrade since") && msg.contains("another helm operation may still be "
                + "running"), msg);
        assertTrue(msg.contains("helm rollback airflow 3 -n airflow"), msg);
        assertEquals("pending-upgrade", release().status(), "the release is not touched");
        assertEquals(String.valueOf(pending), release().revision());
    }

    @Test
    @Order(4)
    void stalePendingUpgradeNamesTheRollback() {
        storage.setStatus(NS, RELEASE, 4, "pending-upgrade", LONG_AGO);

        ApplyResult r = deployer().apply();
        assertFalse(r.succeeded());
        String msg = step10(r).outcome();
        assertTrue(msg.contains("left pending-upgrade at revision 4"), msg);
        assertTrue(msg.contains("helm rollback airflow 3 -n airflow"), msg);
        assertEquals("pending-upgrade", release().status(), "the release is not touched");

        // What the message tells the user to do: roll back (here: drop the stuck revision), then apply.
        storage.delete(NS, RELEASE, 4);
        assertTrue(deployer().apply().succeeded());
        assertTrue(release().deployed());
        assertFalse(deployer().plan().hasChanges());
    }

    private static List<Integer> revisions() {
        return storage.revisions(NS, RELEASE).stream()
                .map(s -> Integer.parseInt(s.getMetadata().getLabels().get("version"))).toList();
    }
}
