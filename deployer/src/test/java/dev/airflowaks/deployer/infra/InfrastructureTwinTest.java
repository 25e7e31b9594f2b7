package dev.airflowaks.deployer.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.fixtures.twin.azure.world.AzureWorld;
import dev.airflowaks.fixtures.twin.azure.world.ContainerRegistry;
import dev.airflowaks.fixtures.twin.azure.world.ManagedCluster;
import dev.airflowaks.fixtures.twin.azure.world.RoleAssignment;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure article from an empty subscription on the twin: every step creates what {@code az} creates,
 * a second run writes nothing, an interruption at any step boundary resumes, and the teardown leaves nothing.
 */
class InfrastructureTwinTest {

    @TempDir
    Path work;

    @Test
    void convergesFromEmptyResumesAtEveryStepBoundaryAndTearsDown() throws Exception {
        try (EmptyTwinInfra t = new EmptyTwinInfra(work)) {
            AzureWorld world = t.twin.azure().world();
            assertFalse(world.hasResourceGroup(t.config.resourceGroup()), "the empty twin holds no resource group");

            List<GuideStepId> order = t.infrastructure(ProgressListener.silent()).steps().stream()
                    .map(InfraStep::id).toList();
            assertEquals(List.of(GuideStepId.RESOURCE_GROUP, GuideStepId.IDENTITY, GuideStepId.KEY_VAULT,
                    GuideStepId.CONTAINER_REGISTRY, GuideStepId.STORAGE_ACCOUNT, GuideStepId.STORAGE_SECRETS,
                    GuideStepId.AKS_CLUSTER, GuideStepId.CLUSTER_CREDENTIALS, GuideStepId.IMPORT_IMAGES), order);

            // Interrupted after each step in turn: the next run finds the earlier steps done and does one more.
            for (int k = 0; k < order.size(); k++) {
                Infrastructure.Result r = t.infrastructure(ProgressListener.silent()).apply(Optional.of(order.get(k)));
                assertEquals(k + 1, r.outcomes().size(), r.outcomes().toString());
                for (int i = 0; i < k; i++) {
                    assertEquals("unchanged", r.outcomes().get(i).outcome(),
                            "step " + order.get(i) + " after resuming at " + order.get(k) + ": " + r.outcomes());
                }
                assertTrue(r.outcomes().get(k).ok(), r.outcomes().toString());
                assertFalse(r.outcomes().get(k).outcome().equals("unchanged"),
                        "step " + order.get(k) + " did its work on this run: " + r.outcomes());
            }

            Infrastructure.Result again = t.infrastructure(ProgressListener.silent()).apply(Optional.empty());
            assertTrue(again.succeeded());
            assertTrue(again.outcomes().stream().map(StepOutcome::outcome).allMatch("unchanged"::equals),
                    again.outcomes().toString());
            assertFalse(t.infrastructure(ProgressListener.silent()).plan().hasChanges(),
                    t.infrastructure(ProgressListener.silent()).plan().render());

            String rg = t.config.resourceGroup();
            assertTrue(world.tags("/subscriptions/" + world.subscriptionId() + "/resourceGroups/" + rg)
                    .containsKey(ManagedTags.CREATED_AT));
            ContainerRegistry acr = world.registry(rg, t.config.acrRegistry()).orElseThrow();
            assertTrue(acr.hasImage("airflow:2.9.3") && acr.hasImage("git-sync:v4.1.0"), acr.images().toString());
            var vault = world.vault(rg, t.config.keyVaultName()).orElseThrow();
            assertEquals(t.config.storageAccountName(),
                    vault.secret(GuideNames.KV_ACCOUNT_NAME_SECRET).orElseThrow().value());
            assertEquals(world.storageAccount(rg, t.config.storageAccountName()).orElseThrow().key1(),
                    vault.secret(GuideNames.KV_ACCOUNT_KEY_SECRET).orElseThrow().value());
            ManagedCluster cluster = world.cluster(rg, t.config.clusterName()).orElseThrow();
            assertTrue(cluster.workloadIdentityEnabled() && cluster.blobCsiDriverEnabled()
                    && cluster.oidcIssuerUrl() != null);
            assertTrue(world.hasRole(cluster.kubeletIdentity().objectId(), "/subscriptions/" + world.subscriptionId()
                    + "/resourceGroups/" + rg + "/providers/Microsoft.ContainerRegistry/registries/"
                    + t.config.acrRegistry(), RoleAssignment.ACR_PULL), "--attach-acr: AcrPull for the kubelet");

            String server;
            try (KubernetesClient k = new KubernetesClientBuilder().withConfig(
                    Config.fromKubeconfig(Files.readString(t.kubeconfig))).build()) {
                assertFalse(k.nodes().list().getItems().isEmpty(), "the created cluster has nodes");
                server = k.getConfiguration().getMasterUrl();
            }

            Teardown teardown = t.infrastructure(ProgressListener.silent()).teardown();
            assertTrue(teardown.plan().hasChanges());
            teardown.destroy();
            assertFalse(world.hasResourceGroup(rg), "ARM lists no resource group");
            assertTrue(world.clusters().isEmpty());
            java.net.URI api = java.net.URI.create(server);
            assertThrows(java.io.IOException.class, () -> {
                try (java.net.Socket s = new java.net.Socket(api.getHost(), api.getPort())) {
                    s.getInputStream();
                }
            }, "the cluster's API is gone");
        }
    }
}
