package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.StandInWebserver;
import dev.airflowaks.conformance.seed.World;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class WebUiCheckTest {

    KubernetesClient client;
    private World world;
    private StandInWebserver web;

    @BeforeEach
    void seed() {
        world = World.seed(client);
        web = new StandInWebserver();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private CheckContext check(boolean realAirflow) {
        EnumSet<Capability> caps = EnumSet.of(Capability.AZURE);
        web.marked = !realAirflow;
        if (realAirflow) {
            caps.add(Capability.REAL_AIRFLOW);
        }
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("twin")
                .capabilities(caps).webserver(web).build();
        return new CheckContext(run, world.published::add);
    }

    @Test
    void aHealthyWebserverPassesAndAStandInIsMarkedSubstituted() {
        assertDoesNotThrow(() -> new WebUiCheck().healthReportsHealthy(check(false)));
        assertDoesNotThrow(() -> new WebUiCheck().loginPageAnswers(check(false)));
        assertTrue(world.published.stream().anyMatch(m -> m.getOrDefault(CheckContext.SUBSTITUTED, "")
                .contains("target twin serves a stand-in")));
    }

    @Test
    void onRealAirflowNothingIsSubstituted() {
        assertDoesNotThrow(() -> new WebUiCheck().healthReportsHealthy(check(true)));
        assertFalse(world.published.stream().anyMatch(m -> m.containsKey(CheckContext.SUBSTITUTED)));
    }

    /** Issue 15: verify --capability REAL_AIRFLOW against the twin reported the stand-in as the real Airflow. */
    @Test
    void aRealAirflowDeclarationThatMeetsAStandInFailsNamingIt() {
        CheckContext real = check(true);
        web.marked = true;
        ConformanceFailure f = World.fails(() -> new WebUiCheck().healthReportsHealthy(real));
        assertTrue(f.getMessage().contains("served by: expected Apache Airflow (the target declares REAL_AIRFLOW), "
                + "actual a stand-in (X-Airflow-Aks-Twin: stand-in)"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'access the UI'"), f.getMessage());
    }

    @Test
    void anUnmarkedWebserverIsNotTakenForAStandIn() {
        CheckContext undeclared = check(false);
        web.marked = false;
        assertDoesNotThrow(() -> new WebUiCheck().loginPageAnswers(undeclared));
        assertFalse(world.published.stream().anyMatch(m -> m.containsKey(CheckContext.SUBSTITUTED)));
    }

    @Test
    void anUnhealthySchedulerFailsWithTheSchedulerNamed() {
        web.schedulerStatus = "unhealthy";
        ConformanceFailure f = World.fails(() -> new WebUiCheck().healthReportsHealthy(check(true)));
        assertTrue(f.getMessage().contains("scheduler: expected healthy, actual unhealthy"), f.getMessage());
        assertTrue(f.getMessage().contains("root cause: /health scheduler unhealthy → fix: deploy guide, step "
                + "'deploy Airflow'"), f.getMessage());
    }

    @Test
    void aLoginPageThatDoesNotAnswerFails() {
        web.loginStatus = 503;
        ConformanceFailure f = World.fails(() -> new WebUiCheck().loginPageAnswers(check(true)));
        assertTrue(f.getMessage().contains("HTTP status: expected 200, actual 503"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'access the UI'"), f.getMessage());
    }

    /** Issue 15: a Service port changed to 8081 used to break the run with an IllegalStateException, no guide step. */
    @Test
    void aServiceWithoutTheGuidesPortIsAFailedCheckWithItsStep() {
        client.services().inNamespace(GoodWorld.NS).withName("airflow-webserver").edit(s -> {
            s.getSpec().getPorts().get(0).setPort(8081);
            return s;
        });
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("twin")
                .capabilities(EnumSet.of(Capability.AZURE)).build();
        ConformanceFailure f = World.fails(() -> new WebUiCheck().loginPageAnswers(new CheckContext(run,
                world.published::add)));
        assertTrue(f.getMessage().contains("svc/airflow-webserver has no port 8080 (the guide's port-forward "
                + "8080:8080 → container port airflow-ui); it serves [8081"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'access the UI'"), f.getMessage());
    }

    @Test
    void aWebserverWithNoRunningPodFailsAndIsTracedDownItsChain() {
        world.replace(client.pods().inNamespace(GoodWorld.NS).withName("airflow-webserver-6c9f8d7b5-xk2p9").get(),
                p -> {
                    p.getStatus().setPhase("Pending");
                    p.getStatus().setContainerStatuses(java.util.List.of());
                });
        client.services().inNamespace(GoodWorld.NS).withName("airflow-webserver").edit(s -> {
            s.getSpec().setSelector(Map.of("component", "webserver", "release", "airflow"));
            return s;
        });
        client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").delete();
        world.federatedSubjectMismatch();
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("twin")
                .azure(world.azure).capabilities(EnumSet.of(Capability.AZURE)).build();
        ConformanceFailure f = World.fails(() -> new WebUiCheck().loginPageAnswers(new CheckContext(run,
                world.published::add)));
        assertTrue(f.getMessage().contains("webserver reachable: expected a running pod behind svc/airflow-webserver"
                + ", actual no running pod behind svc/airflow-webserver"), f.getMessage());
        assertTrue(f.getMessage().contains("pod airflow-webserver Pending 0/1 ready ← PVC pvc-airflow-logs Bound"),
                f.getMessage());
        assertTrue(f.getMessage().endsWith("→ fix: deploy guide, step 'federated credential'"), f.getMessage());
    }

    @Test
    void aHealthyWorldPublishesNoSecret() {
        assertDoesNotThrow(() -> new WebUiCheck().loginPageAnswers(check(true)));
        assertFalse(world.published.toString().contains(GoodWorld.STORAGE_KEY));
        assertTrue(world.published.stream().map(Map::keySet).anyMatch(k -> k.contains(CheckContext.COMPARED)));
    }
}
