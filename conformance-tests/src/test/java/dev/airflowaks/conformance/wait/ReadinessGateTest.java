package dev.airflowaks.conformance.wait;

import dev.airflowaks.conformance.seed.GoodWorld;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class ReadinessGateTest {

    KubernetesClient client;

    private static final Watched SCHEDULER = new Watched("airflow-scheduler", "Deployment",
            Map.of("component", "scheduler", "release", "airflow"), 2, WaitBudget.AIRFLOW_POD_READY);

    private void schedulerDeployment() {
        client.apps().deployments().inNamespace(GoodWorld.NS).resource(new io.fabric8.kubernetes.api.model.apps
                .DeploymentBuilder().withNewMetadata().withName("airflow-scheduler").withNamespace(GoodWorld.NS)
                .endMetadata().build()).create();
    }

    private ReadinessGate gate(String budget) {
        return new ReadinessGate(client, GoodWorld.NS, WaitBudgets.from(k -> k.equals(
                WaitBudget.AIRFLOW_POD_READY.property()) ? Optional.of(budget) : Optional.empty()), Clock.systemUTC());
    }

    @Test
    void readyComponentsAreRecordedWithTheirTimeToReady() {
        GoodWorld.seed(client);
        ReadinessTimeline timeline = new ReadinessTimeline();
        List<ComponentReadiness> out = gate("PT5S").await(Watched.guideComponents(), timeline);
        assertEquals(9, out.size());
        assertTrue(out.stream().allMatch(r -> r.outcome() == ComponentReadiness.Outcome.READY), out.toString());
        assertEquals(timeline.entries(), out);
    }

    @Test
    void aPodThatBecomesReadyLaterIsSeenThroughTheWatch() {
        GoodWorld.seed(client);
        var pod = client.pods().inNamespace(GoodWorld.NS).withName("airflow-scheduler-6c9f8d7b5-xk2p9").get();
        client.resource(pod).delete();
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            pod.getMetadata().setResourceVersion(null);
            client.resource(pod).create();
        }, CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        List<ComponentReadiness> out = gate("PT10S").await(List.of(SCHEDULER), new ReadinessTimeline());
        later.join();
        assertEquals(ComponentReadiness.Outcome.READY, out.get(0).outcome(), out.toString());
        assertTrue(out.get(0).observedAfter().compareTo(Duration.ofMillis(250)) >= 0, out.toString());
    }

    @Test
    void aCrashLoopingPodStopsTheWaitEarlyAsStuck() {
        schedulerDeployment();
        client.pods().inNamespace(GoodWorld.NS).resource(new PodBuilder().withNewMetadata()
                .withName("airflow-scheduler-1").withNamespace(GoodWorld.NS).withLabels(SCHEDULER.labels())
                .endMetadata().withNewStatus().withPhase("Running").addNewContainerStatus().withName("scheduler")
                .withReady(false).withRestartCount(3).withState(new ContainerStateBuilder().withNewWaiting()
                        .withReason("CrashLoopBackOff").endWaiting().build()).endContainerStatus().endStatus().build())
                .create();
        List<ComponentReadiness> out = gate("PT60S").await(List.of(SCHEDULER), new ReadinessTimeline());
        assertEquals(ComponentReadiness.Outcome.STUCK, out.get(0).outcome());
        assertTrue(out.get(0).detail().contains("container scheduler CrashLoopBackOff"), out.get(0).detail());
        assertTrue(out.get(0).observedAfter().compareTo(Duration.ofSeconds(30)) < 0, "stuck is not a timeout");
    }

    @Test
    void aTimeoutNamesTheBudgetAndDumpsTheState() {
        schedulerDeployment();
        client.pods().inNamespace(GoodWorld.NS).resource(new PodBuilder().withNewMetadata()
                .withName("airflow-scheduler-1").withNamespace(GoodWorld.NS).withLabels(SCHEDULER.labels())
                .endMetadata().withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled")
                .withStatus("False").withReason("Unschedulable").endCondition().endStatus().build()).create();
        List<ComponentReadiness> out = gate("PT0.5S").await(List.of(SCHEDULER), new ReadinessTimeline());
        ComponentReadiness r = out.get(0);
        assertEquals(ComponentReadiness.Outcome.TIMED_OUT, r.outcome());
        assertTrue(r.detail().contains("conformance.budget.airflow-pod-ready=PT0.5S"), r.detail());
        assertTrue(r.detail().contains("pod airflow-scheduler-1: Pending 0/2 ready"), r.detail());
        assertTrue(r.detail().contains("condition PodScheduled=False (Unschedulable)"), r.detail());
    }

    private static final Watched ESO = new Watched("external-secrets", "Deployment",
            Map.of("app.kubernetes.io/name", "external-secrets"), 1, WaitBudget.ESO_POD_READY);

    private void esoScaledTo(int replicas) {
        client.apps().deployments().inNamespace(GoodWorld.NS).resource(new io.fabric8.kubernetes.api.model.apps
                .DeploymentBuilder().withNewMetadata().withName("external-secrets").withNamespace(GoodWorld.NS)
                .endMetadata().withNewSpec().withReplicas(replicas).endSpec().build()).create();
    }

    /** Issue 15: the ESO controller scaled to 0 used to cost the whole 3-minute budget, "expected 0/0 ready". */
    @Test
    void aDeploymentScaledBelowTheGuideStopsTheWaitAndNamesTheRule() {
        esoScaledTo(0);
        WaitBudgets budgets = WaitBudgets.from(k -> k.equals(WaitBudget.ESO_POD_READY.property())
                ? Optional.of("PT60S") : Optional.empty());
        List<ComponentReadiness> out = new ReadinessGate(client, GoodWorld.NS, budgets, Clock.systemUTC())
                .await(List.of(ESO), new ReadinessTimeline());
        ComponentReadiness r = out.get(0);
        assertEquals(ComponentReadiness.Outcome.STUCK, r.outcome(), r.toString());
        assertTrue(r.detail().startsWith("stopped waiting: scaled below the guide: deployment/external-secrets "
                + "wants 0 replica(s), the guide installs 1"), r.detail());
        assertTrue(r.observedAfter().compareTo(Duration.ofSeconds(10)) < 0, r.toString());
    }

    private static final Watched TRIGGERER = new Watched("airflow-triggerer", "Deployment",
            Map.of("component", "triggerer", "release", "airflow"), 2, WaitBudget.AIRFLOW_POD_READY);

    private void pendingPodOf(Watched w) {
        client.apps().deployments().inNamespace(GoodWorld.NS).resource(new io.fabric8.kubernetes.api.model.apps
                .DeploymentBuilder().withNewMetadata().withName(w.name()).withNamespace(GoodWorld.NS)
                .endMetadata().build()).create();
        client.pods().inNamespace(GoodWorld.NS).resource(new PodBuilder().withNewMetadata()
                .withName(w.name() + "-1").withNamespace(GoodWorld.NS).withLabels(w.labels())
                .endMetadata().withNewStatus().withPhase("Pending").endStatus().build()).create();
    }

    /**
     * Issue 15, measured with {@code bench/fault-verdicts.sh}: with the federated credential's subject wrong, the gate
     * asked the rules only after a 1-second slice and then spent another second on each later component before
     * reading the cause it had already found (4.2 s for three pods that could not start). A terminal cause is asked
     * for at once, and ends every later wait without a slice of its own.
     */
    @Test
    void aTerminalCauseIsAskedAtOnceAndEndsTheLaterWaitsWithoutASliceEach() {
        pendingPodOf(SCHEDULER);
        pendingPodOf(TRIGGERER);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        dev.airflowaks.diagnosis.Terminal cause = new dev.airflowaks.diagnosis.Terminal("token exchange refused",
                "externalsecret/airflow-aks-azure-logs-secrets", "AADSTS70021",
                dev.airflowaks.guide.GuideStepId.FEDERATED_CREDENTIAL);
        WaitBudgets budgets = WaitBudgets.from(k -> k.equals(WaitBudget.AIRFLOW_POD_READY.property())
                ? Optional.of("PT60S") : Optional.empty());
        List<ComponentReadiness> out = new ReadinessGate(client, GoodWorld.NS, budgets, Clock.systemUTC(), () -> {
            asked.incrementAndGet();
            return Optional.of(cause);
        }).await(List.of(SCHEDULER, TRIGGERER), new ReadinessTimeline());
        assertEquals(List.of(ComponentReadiness.Outcome.STUCK, ComponentReadiness.Outcome.STUCK),
                out.stream().map(ComponentReadiness::outcome).toList(), out.toString());
        assertTrue(out.get(1).detail().startsWith(cause.render()), out.get(1).detail());
        assertTrue(out.get(1).observedAfter().compareTo(ReadinessGate.TERMINAL_CHECK) < 0,
                "the triggerer waited a slice for a cause already known: " + out);
        assertEquals(1, asked.get(), "the rules are asked once; the later wait reuses the cause found");
    }

    /** A transient state (a pod not yet placed) asks the rules again each second and keeps waiting. */
    @Test
    void aTransientStateAsksTheRulesEachSecondAndKeepsWaiting() {
        pendingPodOf(SCHEDULER);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        WaitBudgets budgets = WaitBudgets.from(k -> k.equals(WaitBudget.AIRFLOW_POD_READY.property())
                ? Optional.of("PT2.5S") : Optional.empty());
        List<ComponentReadiness> out = new ReadinessGate(client, GoodWorld.NS, budgets, Clock.systemUTC(), () -> {
            asked.incrementAndGet();
            return Optional.empty();
        }).await(List.of(SCHEDULER), new ReadinessTimeline());
        assertEquals(ComponentReadiness.Outcome.TIMED_OUT, out.get(0).outcome(), out.toString());
        assertTrue(asked.get() >= 2, "asked again while it waited: " + asked.get());
    }

    @Test
    void waitAllWaitsOutTheBudgetEvenOnATerminalCause() {
        esoScaledTo(0);
        WaitBudgets budgets = WaitBudgets.from(k -> k.equals(WaitBudget.ESO_POD_READY.property())
                ? Optional.of("PT1.5S") : Optional.empty());
        List<ComponentReadiness> out = new ReadinessGate(client, GoodWorld.NS, budgets, Clock.systemUTC(),
                ReadinessGate.waitAll()).await(List.of(ESO), new ReadinessTimeline());
        assertEquals(ComponentReadiness.Outcome.TIMED_OUT, out.get(0).outcome(), out.toString());
    }

    @Test
    void aPodTheSchedulerHasNotPlacedYetKeepsWaitingUntilItsBudget() {
        schedulerDeployment();
        client.pods().inNamespace(GoodWorld.NS).resource(new PodBuilder().withNewMetadata()
                .withName("airflow-scheduler-1").withNamespace(GoodWorld.NS).withLabels(SCHEDULER.labels())
                .endMetadata().withNewStatus().withPhase("Pending").endStatus().build()).create();
        List<ComponentReadiness> out = gate("PT2.5S").await(List.of(SCHEDULER), new ReadinessTimeline());
        assertEquals(ComponentReadiness.Outcome.TIMED_OUT, out.get(0).outcome(), out.toString());
        assertTrue(out.get(0).observedAfter().compareTo(Duration.ofMillis(2500)) >= 0, out.toString());
    }

    @Test
    void aComponentThatWasNeverDeployedIsAbsentWithoutWaiting() {
        List<ComponentReadiness> out = gate("PT60S").await(List.of(SCHEDULER), new ReadinessTimeline());
        assertEquals(ComponentReadiness.Outcome.ABSENT, out.get(0).outcome());
        assertEquals(Duration.ZERO, out.get(0).observedAfter());
        assertTrue(out.get(0).detail().contains("no Deployment airflow-scheduler in airflow"), out.get(0).detail());
    }

    @Test
    void aMalformedBudgetNamesTheProperty() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WaitBudgets.from(k -> Optional.of("5 minutes")));
        assertTrue(e.getMessage().contains("conformance.budget.airflow-pod-ready must be an ISO-8601 duration"),
                e.getMessage());
    }
}
