package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class LogsStorageCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesOnTheGuidesVolume() {
        LogsStorageCheck check = new LogsStorageCheck();
        assertDoesNotThrow(() -> check.persistentVolumeMatchesGuide(world.check()));
        assertDoesNotThrow(() -> check.volumeAndClaimBound(world.check()));
        assertDoesNotThrow(() -> check.componentsMountLogs(world.check()));
    }

    @Test
    void aVolumeThatDiffersFromTheGuideFailsOnEachField() {
        world.replace(client.persistentVolumes().withName("pv-airflow-logs").get(), pv -> {
            pv.getSpec().setPersistentVolumeReclaimPolicy("Delete");
            pv.getSpec().setAccessModes(List.of("ReadWriteOnce"));
            pv.getSpec().setMountOptions(List.of());
            pv.getSpec().getCsi().getNodeStageSecretRef().setName("other-secret");
        });
        ConformanceFailure f = World.fails(() -> new LogsStorageCheck().persistentVolumeMatchesGuide(world.check()));
        assertTrue(f.getMessage().contains("persistentVolumeReclaimPolicy: expected Retain, actual Delete"),
                f.getMessage());
        assertTrue(f.getMessage().contains("accessModes: expected [ReadWriteMany], actual [ReadWriteOnce]"),
                f.getMessage());
        assertTrue(f.getMessage().contains("nodeStageSecretRef: expected airflow/storage-account-credentials, actual "
                + "airflow/other-secret"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'logs persistent volume'"), f.getMessage());
    }

    @Test
    void aPendingClaimIsTracedThroughTheVolumeToTheStorageContainer() {
        world.replace(client.persistentVolumeClaims().inNamespace(GoodWorld.NS).withName("pvc-airflow-logs").get(),
                pvc -> pvc.getStatus().setPhase("Pending"));
        world.azure.storageContainer = false;
        ConformanceFailure f = World.fails(() -> new LogsStorageCheck().volumeAndClaimBound(world.check()));
        assertTrue(f.getMessage().contains("PVC phase: expected Bound, actual Pending"), f.getMessage());
        assertTrue(f.getMessage().contains("PVC pvc-airflow-logs Pending ← PV pv-airflow-logs Bound ← storage "
                + "container airflow-logs missing → fix: infrastructure guide, step 'storage account'"),
                f.getMessage());
    }

    /** Issue 15: a PVC re-created with storageClassName standard only said "PVC Pending ← PV Released". */
    @Test
    void aClaimOfAnotherClassIsNamedWithBothClasses() {
        world.replace(client.persistentVolumeClaims().inNamespace(GoodWorld.NS).withName("pvc-airflow-logs").get(),
                pvc -> {
                    pvc.getSpec().setStorageClassName("standard");
                    pvc.getStatus().setPhase("Pending");
                });
        world.replace(client.persistentVolumes().withName("pv-airflow-logs").get(),
                pv -> pv.getStatus().setPhase("Available"));
        ConformanceFailure f = World.fails(() -> new LogsStorageCheck().volumeAndClaimBound(world.check()));
        assertTrue(f.getMessage().contains("PVC storageClassName: expected azureblob-fuse-premium, actual standard"),
                f.getMessage());
        assertTrue(f.getMessage().contains("PVC pvc-airflow-logs Pending: storageClassName standard ≠ "
                + "azureblob-fuse-premium of PV pv-airflow-logs"), f.getMessage());
    }

    @Test
    void aComponentWithoutTheLogsMountFails() {
        world.replace(client.apps().deployments().inNamespace(GoodWorld.NS).withName("airflow-webserver").get(),
                d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).setVolumeMounts(List.of()));
        ConformanceFailure f = World.fails(() -> new LogsStorageCheck().componentsMountLogs(world.check()));
        assertTrue(f.getMessage().contains("airflow-webserver mounts /opt/airflow/logs: expected claim "
                + "pvc-airflow-logs, actual nothing mounted at /opt/airflow/logs"), f.getMessage());
    }
}
