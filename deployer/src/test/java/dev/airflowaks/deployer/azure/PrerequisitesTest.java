package dev.airflowaks.deployer.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.fakes.FakeAzure;
import dev.airflowaks.deployer.testing.TestConfigs;
import dev.airflowaks.guide.GuideStepId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 4: after {@code destroy --purge} (container and secrets gone) or on a half-built subscription,
 * the deploy plan names each missing prerequisite and the infrastructure step that creates it, before any change.
 */
class PrerequisitesTest {

    private final DeployConfig config = TestConfigs.valid(Map.of());

    private static Prerequisites.Reads reads(Optional<Prerequisites.ClusterFeatures> cluster, boolean registry) {
        return new Prerequisites.Reads() {
            @Override
            public Optional<Prerequisites.ClusterFeatures> cluster(String rg, String name) {
                return cluster;
            }

            @Override
            public boolean registryExists(String rg, String name) {
                return registry;
            }
        };
    }

    @Test
    void completeInfrastructureHasNothingMissing() {
        assertEquals(List.of(), new Prerequisites(new FakeAzure(), reads(Optional.of(
                new Prerequisites.ClusterFeatures(true, true, true)), true)).missing(config));
    }

    @Test
    void purgedContainerAndSecretsNameTheirSteps() {
        FakeAzure azure = new FakeAzure();
        azure.containers.clear();
        azure.secrets.clear();
        List<Prerequisites.Missing> missing = new Prerequisites(azure, reads(Optional.of(
                new Prerequisites.ClusterFeatures(true, true, true)), true)).missing(config);
        assertEquals(List.of(GuideStepId.STORAGE_ACCOUNT, GuideStepId.STORAGE_SECRETS, GuideStepId.STORAGE_SECRETS),
                missing.stream().map(Prerequisites.Missing::createdBy).toList());
        assertTrue(missing.get(0).render().contains("blob container " + config.storageAccountName() + "/airflow-logs"
                + " is missing: the infrastructure article's step STORAGE_ACCOUNT"), missing.get(0).render());
        assertTrue(missing.get(0).render().contains("apply --infra"));
        assertTrue(missing.get(2).render().contains("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"));
    }

    @Test
    void clusterWithoutFeaturesAndNoRegistry() {
        List<Prerequisites.Missing> missing = new Prerequisites(new FakeAzure(), reads(Optional.of(
                new Prerequisites.ClusterFeatures(false, false, false)), false)).missing(config);
        assertEquals(4, missing.size(), missing.toString());
        assertTrue(missing.get(0).what().contains("OIDC issuer"));
        assertTrue(missing.get(1).what().contains("workload identity"));
        assertTrue(missing.get(2).what().contains("blob CSI driver"));
        assertEquals(GuideStepId.CONTAINER_REGISTRY, missing.get(3).createdBy());
        assertEquals(List.of(GuideStepId.AKS_CLUSTER), new Prerequisites(new FakeAzure(),
                reads(Optional.empty(), true)).missing(config).stream().map(Prerequisites.Missing::createdBy).toList());
    }
}
