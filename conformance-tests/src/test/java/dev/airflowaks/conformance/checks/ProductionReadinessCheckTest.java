package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.CheckRunner;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class ProductionReadinessCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void theGuidesDevSetupEarnsTheExpectedWarnings() {
        Map<String, Throwable> warned = CheckRunner.grades(world.check());
        assertEquals(Set.of("ProductionReadinessCheck.staticWebserverSecretKey",
                "ProductionReadinessCheck.nonDefaultAdminPassword", "ProductionReadinessCheck.managedDatabase",
                "ProductionReadinessCheck.resilientScheduling", "ProductionReadinessCheck.podDisruptionBudgets",
                "ProductionReadinessCheck.networkPolicies", "ProductionReadinessCheck.resourceRequestsAndLimits",
                "ProductionReadinessCheck.imagesPinnedByDigest"), warned.keySet());
        assertTrue(warned.get("ProductionReadinessCheck.nonDefaultAdminPassword").getMessage()
                .contains("actual the chart default admin/admin"));
        assertTrue(warned.values().stream().allMatch(t -> t instanceof ConformanceFailure f
                && f.step().name().equals("PRODUCTION")), "grades are assertions on the production step");
    }

    @Test
    void aChangedAdminPasswordPassesWithoutBeingPrinted() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.airflow.v1").delete();
        GoodWorld.airflowRelease(client, Map.of("webserver", Map.of("defaultUser",
                Map.of("password", "S3cret-Admin-Pass"))), "", "Succeeded");
        assertDoesNotThrow(() -> new ProductionReadinessCheck().nonDefaultAdminPassword(world.check()));
        assertFalse(world.published.toString().contains("S3cret-Admin-Pass"));
    }

    @Test
    void aClusterAdminBindingOfTheWorkloadIdentitySaIsFlagged() {
        client.rbac().clusterRoleBindings().resource(new io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder()
                .withNewMetadata().withName("airflow-admin").endMetadata().withNewRoleRef().withKind("ClusterRole")
                .withName("cluster-admin").withApiGroup("rbac.authorization.k8s.io").endRoleRef().addNewSubject()
                .withKind("ServiceAccount").withName("airflow").withNamespace(GoodWorld.NS).endSubject().build())
                .create();
        ConformanceFailure f = World.fails(() -> new ProductionReadinessCheck()
                .serviceAccountLeastPrivilege(world.check()));
        assertTrue(f.getMessage().contains("ClusterRoleBinding airflow-admin → cluster-admin"), f.getMessage());
    }
}
