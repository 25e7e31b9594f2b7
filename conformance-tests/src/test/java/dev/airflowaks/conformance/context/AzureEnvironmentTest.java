package dev.airflowaks.conformance.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 point 7: {@code verify --env-file E --azure} gives the Azure side E's variables too (it used to report
 * "TENANT_ID is not set" and 24 broken checks unless E was also exported); an exported value still wins.
 */
class AzureEnvironmentTest {

    @Test
    void theEnvFileFeedsTheAzureSide(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("aks.env"), "export TENANT_ID=\"7e9d4a1c-3f2b-4c8e-9a6d-1b2c3d4e5f60\"\n"
                + "AZURE_SUBSCRIPTION_ID=5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c\nMY_KEYVAULT_NAME=from-file\n");
        Map<String, String> env = RunState.azureEnvironment(Map.of("MY_KEYVAULT_NAME", "from-target"),
                Map.of("MY_KEYVAULT_NAME", "exported", "PATH", "/bin"), Optional.of(file));
        assertEquals("7e9d4a1c-3f2b-4c8e-9a6d-1b2c3d4e5f60", env.get("TENANT_ID"));
        assertEquals("5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c", env.get("AZURE_SUBSCRIPTION_ID"));
        assertEquals("exported", env.get("MY_KEYVAULT_NAME"));
        Map<String, String> noExport = RunState.azureEnvironment(Map.of("MY_KEYVAULT_NAME", "from-target"),
                Map.of(), Optional.of(file));
        assertEquals("from-file", noExport.get("MY_KEYVAULT_NAME"));
    }
}
