package dev.airflowaks.deployer.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.ChartSource;
import dev.airflowaks.deployer.helm.HelmReleases;
import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.deployer.helm.ReleaseState;
import dev.airflowaks.deployer.helm.Repair;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.interrupt.StepInterrupted;
import dev.airflowaks.deployer.teardown.Teardown;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TestConfigs;
import dev.airflowaks.guide.GuideStepId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The budgeted finish of a Helm call that an interrupt finds in flight (world fact helm.pending-after-interrupt: Helm
 * stores the revision as pending before it creates anything and marks it deployed only at the end, so a command that
 * exits under the call leaves it pending). Helm here is a stand-in whose call blocks until the test lets it go, and
 * which shows the release as pending meanwhile, as Helm's storage does.
 */
class HelmCallFinishTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Interruption interruption = new Interruption();
    private final BlockingHelm helm = new BlockingHelm();
    private final ScheduledExecutorService signaller = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void release() {
        helm.proceed.countDown();
        signaller.shutdownNow();
        Thread.interrupted();
    }

    @Test
    void aCallThatEndsWithinTheBudgetIsLetFinishAndTheStepStopsCleanly() {
        Thread applying = Thread.currentThread();
        signaller.execute(() -> {
            awaitCall();
            interruption.request("SIGINT");
            applying.interrupt();
            // a run interrupts its thread again until it returns: the finish must keep waiting through that
            for (int i = 0; i < 5; i++) {
                sleep(30);
                applying.interrupt();
            }
            helm.proceed.countDown();
        });
        StepInterrupted stop = assertThrows(StepInterrupted.class, () -> step().apply(ctx(Duration.ofSeconds(20))));
        assertEquals("helm install airflow finished after the interrupt (deployed, revision 1); stopped before the "
                + "rest of the step", stop.getMessage());
        assertTrue(stop.recovery().isEmpty(), "nothing to do by hand: the release is deployed");
        assertEquals("deployed", helm.releases.get("airflow").status(), "not left pending-install");
        assertTrue(lines.contains("info SIGINT during helm install airflow: finishing the Helm call in progress so the "
                + "release is not left pending (up to 20s; a second Ctrl-C exits now)"), lines.toString());
        assertTrue(interruption.abandoning().isEmpty(), "nothing in flight once the step returned");
    }

    @Test
    void aFirstInstallThatOutlivesTheBudgetStopsNamingThePendingReleaseAndHelmUninstall() {
        interruptOnceTheCallRuns();
        StepInterrupted stop = assertThrows(StepInterrupted.class, () -> step().apply(ctx(Duration.ofMillis(300))));
        assertTrue(stop.getMessage().startsWith("helm install airflow did not finish within 0.3s of the interrupt"),
                stop.getMessage());
        assertTrue(stop.getMessage().contains("helm release airflow/airflow is left pending-install"),
                stop.getMessage());
        assertEquals(Optional.of("helm uninstall airflow -n airflow"), stop.recovery(),
                "a pending first revision cannot be rolled back");
    }

    @Test
    void anUpgradeThatOutlivesTheBudgetNamesTheRollbackToTheLastDeployedRevision() {
        helm.releases.put("airflow", new ReleaseState("airflow", "airflow", "deployed", "airflow-1.14.0", "3"));
        interruptOnceTheCallRuns();
        StepInterrupted stop = assertThrows(StepInterrupted.class, () -> step().apply(ctx(Duration.ofMillis(300))));
        assertTrue(stop.getMessage().contains("helm release airflow/airflow is left pending-upgrade"),
                stop.getMessage());
        assertEquals(Optional.of("helm rollback airflow 3 -n airflow"), stop.recovery());
    }

    @Test
    void whileTheCallRunsASecondSignalWouldPrintTheExactRecovery() {
        signaller.execute(() -> {
            awaitCall();
            lines.add("in flight: " + interruption.abandoning().orElse("nothing"));
            helm.proceed.countDown();
        });
        assertEquals("installed airflow-1.15.0 rev 1", step().apply(ctx(Duration.ofSeconds(20))));
        assertTrue(lines.contains("in flight: helm install airflow was still running: if 'helm status airflow -n "
                + "airflow' shows pending-install, run 'helm uninstall airflow -n airflow', then apply again"),
                lines.toString());
        assertTrue(interruption.abandoning().isEmpty());
        assertFalse(lines.stream().anyMatch(l -> l.contains("finishing the Helm call")), "no interrupt, no finish");
    }

    private void interruptOnceTheCallRuns() {
        Thread applying = Thread.currentThread();
        signaller.execute(() -> {
            awaitCall();
            interruption.request("SIGINT");
            applying.interrupt();
        });
    }

    private void awaitCall() {
        try {
            assertTrue(helm.entered.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DeployContext ctx(Duration helmFinish) {
        Budgets budgets = Budgets.defaults().withHelmFinish(helmFinish);
        return new DeployContext(TestConfigs.valid(Map.of()), null, null, helm, null, null, budgets, new Teardown(),
                new RecordingProgress(lines), false, interruption);
    }

    private static HelmReleaseStep step() {
        return new HelmReleaseStep() {
            @Override
            protected ReleaseSpec spec(DeployContext ctx) {
                return new ReleaseSpec("airflow", "airflow", new ChartSource("/charts/airflow", "airflow", "1.15.0"),
                        Map.of(), false, Duration.ofMinutes(10));
            }

            @Override
            public GuideStepId guideStep() {
                return GuideStepId.DEPLOY_AIRFLOW;
            }

            @Override
            public String title() {
                return "Airflow (Helm)";
            }
        };
    }

    /** Helm whose install/upgrade stores the revision as pending, then blocks until {@link #proceed}. */
    static final class BlockingHelm implements HelmReleases {
        final Map<String, ReleaseState> releases = new ConcurrentHashMap<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);

        @Override
        public Optional<ReleaseState> status(String release, String namespace) {
            return Optional.ofNullable(releases.get(release));
        }

        @Override
        public Map<String, Object> values(String release, String namespace) {
            return Map.of("old", true);
        }

        @Override
        public ReleaseState installOrUpgrade(ReleaseSpec spec) {
            ReleaseState before = releases.get(spec.release());
            int revision = before == null ? 1 : Integer.parseInt(before.revision()) + 1;
            String pending = before == null ? "pending-install" : "pending-upgrade";
            releases.put(spec.release(), new ReleaseState(spec.release(), spec.namespace(), pending,
                    spec.chartLabel(), String.valueOf(revision)));
            entered.countDown();
            try {
                if (!proceed.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never let go");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("the Go call cannot be interrupted; this stand-in can", e);
            }
            ReleaseState done = new ReleaseState(spec.release(), spec.namespace(), "deployed", spec.chartLabel(),
                    String.valueOf(revision));
            releases.put(spec.release(), done);
            return done;
        }

        @Override
        public Repair repair(ReleaseSpec spec) {
            throw new AssertionError("no broken release in these tests");
        }

        @Override
        public void uninstall(String release, String namespace) {
            releases.remove(release);
        }

        @Override
        public Optional<String> template(ReleaseSpec spec) {
            return Optional.empty();
        }
    }
}
