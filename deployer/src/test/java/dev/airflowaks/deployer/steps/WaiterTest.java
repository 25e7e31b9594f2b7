package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.testing.RecordingProgress;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17.5: destroy kept pv-airflow-logs Released with the deleted claim's uid, and apply then printed 758 lines of
 * "waiting for Deployment airflow-scheduler" over 15 minutes before "timed out after PT15M" without naming either.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class WaiterTest {

    private static final String NS = "airflow";

    KubernetesClient client;

    private Deployment scheduler() {
        return client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata()
                .withName("airflow-scheduler").withNamespace(NS).endMetadata().withNewSpec().withReplicas(1)
                .endSpec().build()).create();
    }

    private void releasedLogsVolume() {
        client.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata()
                .withName("pv-airflow-logs").endMetadata().withNewSpec()
                .withStorageClassName("azureblob-fuse-premium").withNewClaimRef().withNamespace(NS)
                .withName("pvc-airflow-logs").withUid("deleted-claim-uid").endClaimRef().endSpec()
                .withNewStatus().withPhase("Released").endStatus().build()).create();
        client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("pvc-airflow-logs").withNamespace(NS).endMetadata().withNewSpec()
                .withStorageClassName("azureblob-fuse-premium").withVolumeName("pv-airflow-logs").endSpec()
                .withNewStatus().withPhase("Pending").endStatus().build()).create();
    }

    @Test
    void aReleasedVolumeStopsTheWaitNamingThePvcAndThePv() {
        scheduler();
        releasedLogsVolume();
        List<String> lines = new ArrayList<>();
        Waiter waiter = Waiter.forNamespace(new RecordingProgress(lines), client, NS);
        long start = System.nanoTime();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> waiter.until(
                "Deployment airflow-scheduler", Duration.ofMinutes(15),
                client.apps().deployments().inNamespace(NS).withName("airflow-scheduler"),
                d -> d != null && WorkloadState.ready(d), () -> "ready 0/1"));

        assertTrue(e.getMessage().startsWith("stopped waiting: PVC can never bind: pvc/pvc-airflow-logs Pending ← "
                + "PV pv-airflow-logs Released (claimRef still holds the deleted claim uid deleted-claim-uid)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("of its 15m budget"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0);
    }

    @Test
    void aWaitWithNoTerminalCauseRunsItsBudgetAndPrintsOnlyChanges() {
        scheduler();
        List<String> lines = new ArrayList<>();
        Waiter waiter = new Waiter(new RecordingProgress(lines), Optional::empty);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> waiter.until(
                "Deployment airflow-scheduler", Duration.ofMillis(4500),
                client.apps().deployments().inNamespace(NS).withName("airflow-scheduler"),
                d -> d != null && WorkloadState.ready(d), () -> "ready 0/1"));

        assertTrue(e.getMessage().startsWith("timed out after 4s waiting for Deployment airflow-scheduler"),
                e.getMessage());
        assertEquals(1, lines.size(), "the same state is reported once: " + lines);
    }

    @Test
    void durationsReadAsKubectlPrintsThem() {
        assertEquals("15m", Waiter.text(Duration.ofMinutes(15)));
        assertEquals("1m30s", Waiter.text(Duration.ofSeconds(90)));
        assertEquals("0.5s", Waiter.text(Duration.ofMillis(500)));
    }
}
