package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class PodsCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    private Pod scheduler() {
        return client.pods().inNamespace(GoodWorld.NS).withName("airflow-scheduler-6c9f8d7b5-xk2p9").get();
    }

    private void waiting(String reason, int restarts) {
        world.replace(scheduler(), p -> {
            ContainerStatus s = p.getStatus().getContainerStatuses().get(0);
            s.setReady(false);
            s.setRestartCount(restarts);
            s.setState(new ContainerStateBuilder().withNewWaiting().withReason(reason).endWaiting().build());
        });
    }

    @Test
    void passesWhenEverythingRuns() {
        PodsCheck check = new PodsCheck();
        assertDoesNotThrow(() -> check.componentsReady(world.check()));
        assertDoesNotThrow(() -> check.noRestarts(world.check()));
        assertDoesNotThrow(() -> check.hooksSucceeded(world.check()));
    }

    /** Issue 15.5: nodes and scheduling are part of the graph; pods no node takes are the nodes' fault. */
    @Test
    void aPodNoNodeCanTakeIsTracedToTheNodesInTheSchedulersWords() {
        world.replace(scheduler(), p -> {
            p.getStatus().setPhase("Pending");
            p.getStatus().setContainerStatuses(List.of());
            p.getStatus().setConditions(List.of(new io.fabric8.kubernetes.api.model.PodConditionBuilder()
                    .withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                    .withMessage("0/3 nodes are available: 3 node(s) were unschedulable.").build()));
        });
        ConformanceFailure f = World.fails(() -> new PodsCheck().componentsReady(world.check()));
        assertTrue(f.getMessage().contains("root cause: pod airflow-scheduler Pending 0/2 ready ← nodes take no pod: "
                + "0/3 nodes are available: 3 node(s) were unschedulable. → fix: infrastructure guide, step "
                + "'AKS cluster'"), f.getMessage());
    }

    @Test
    void schedulerCrashLoopFailsReadinessAndRestartsWithTheDeployStep() {
        waiting("CrashLoopBackOff", 5);
        ConformanceFailure ready = World.fails(() -> new PodsCheck().componentsReady(world.check()));
        assertTrue(ready.getMessage().contains("airflow-scheduler: expected 2/2 Running, actual 1/2 Running "
                + "(container scheduler CrashLoopBackOff"), ready.getMessage());
        assertTrue(ready.getMessage().contains("root cause: pod airflow-scheduler Running 1/2 ready, container "
                + "scheduler CrashLoopBackOff"), ready.getMessage());
        assertTrue(ready.getMessage().endsWith("→ fix: deploy guide, step 'deploy Airflow'"), ready.getMessage());
        ConformanceFailure restarts = World.fails(() -> new PodsCheck().noRestarts(world.check()));
        assertTrue(restarts.getMessage().contains("airflow-scheduler restarts: expected 0, actual 5 "
                + "(CrashLoopBackOff)"), restarts.getMessage());
    }

    @Test
    void imageMissingIsTracedToTheImageImport() {
        waiting("ImagePullBackOff", 0);
        ConformanceFailure f = World.fails(() -> new PodsCheck().componentsReady(world.check()));
        assertTrue(f.getMessage().contains("container scheduler ImagePullBackOff (image airflowaksacr.azurecr.io/"
                + "airflow:2.9.3) → fix: infrastructure guide, step 'import images'"), f.getMessage());
    }

    /** With Azure readable, the pull failure is traced into the registry: the image is not there (issue 15). */
    @Test
    void anImageTheAcrLacksIsTracedIntoTheRegistry() {
        world.azure.acrMissing.add("airflow:2.9.3");
        waiting("ImagePullBackOff", 0);
        ConformanceFailure f = World.fails(() -> new PodsCheck().componentsReady(world.check()));
        assertTrue(f.rootCause().orElseThrow().render().endsWith("container scheduler ImagePullBackOff (image "
                + "airflowaksacr.azurecr.io/airflow:2.9.3) ← ACR airflowaksacr lacks airflowaksacr.azurecr.io/"
                + "airflow:2.9.3 (HEAD /v2/airflow/manifests/2.9.3: 404) → fix: infrastructure guide, step 'import "
                + "images'"), f.getMessage());
    }

    @Test
    void aPendingSchedulerIsTracedDownTheWholeChainToTheFederatedCredential() {
        world.replace(scheduler(), p -> {
            p.getStatus().setPhase("Pending");
            p.getStatus().setContainerStatuses(List.of());
        });
        world.replace(client.persistentVolumeClaims().inNamespace(GoodWorld.NS).withName("pvc-airflow-logs").get(),
                pvc -> pvc.getStatus().setPhase("Pending"));
        client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").delete();
        world.federatedSubjectMismatch();
        ConformanceFailure f = World.fails(() -> new PodsCheck().componentsReady(world.check()));
        String expected = "pod airflow-scheduler Pending 0/2 ready ← PVC pvc-airflow-logs Pending ← PV "
                + "pv-airflow-logs Bound ← Secret storage-account-credentials missing ← ExternalSecret "
                + "airflow-aks-azure-logs-secrets SecretSyncedError ← federated credential subject "
                + "system:serviceaccount:airflow:wrong ≠ expected system:serviceaccount:airflow:airflow → fix: "
                + "deploy guide, step 'federated credential'";
        assertEquals(expected, f.rootCause().orElseThrow().render());
        assertTrue(f.objects().stream().anyMatch(o -> o.name().equals("storage-account-credentials")),
                "evidence covers every object on the chain");
    }

    @Test
    void aFailedMigrationHookFails() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.airflow.v1").delete();
        GoodWorld.airflowRelease(client, Map.of(), "", "Failed");
        ConformanceFailure f = World.fails(() -> new PodsCheck().hooksSucceeded(world.check()));
        assertTrue(f.getMessage().contains("hook Job airflow-run-airflow-migrations: expected Succeeded, actual Failed"),
                f.getMessage());
    }
}
