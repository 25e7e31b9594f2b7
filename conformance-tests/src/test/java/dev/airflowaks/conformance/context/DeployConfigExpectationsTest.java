package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.expect.DeployConfigExpectations;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeployConfigExpectationsTest {

    @Test
    void theDeployersConfigurationBecomesTheExpectationsWithoutAzureCredentials() {
        Map<String, String> env = new HashMap<>(GoodWorld.env());
        env.put("AZURE_SUBSCRIPTION_ID", "5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c");
        env.put("AZURE_TENANT_ID", GoodWorld.TENANT);
        env.put("AZURE_CLIENT_ID", "1b2c3d4e-0000-4a2b-9c3d-5e6f7a8b9c0d");
        env.put("AZURE_CLIENT_SECRET", "super-secret-client-secret");
        DeployConfig config = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        Expectations e = DeployConfigExpectations.from(config);
        assertEquals(GoodWorld.CLIENT_ID, e.require(Expectations.CLIENT_ID));
        assertEquals("airflow", e.namespace());
        assertEquals(GoodWorld.ACR, e.require(Expectations.ACR));
        assertFalse(e.asMap().toString().contains("super-secret-client-secret"));
    }
}
