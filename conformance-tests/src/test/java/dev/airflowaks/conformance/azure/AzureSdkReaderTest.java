package dev.airflowaks.conformance.azure;

import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.guide.images.AcrImports;
import dev.airflowaks.guide.images.ImageImport;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only Azure reader against the Azure twin, through the real SDK clients and the twin's env file. */
class AzureSdkReaderTest {

    @TempDir
    Path dir;

    private AzureSdkReader reader(AzureTwin twin) {
        Map<String, String> env = ExpectationsResolver.readEnvFile(twin.writeEnvFile(dir.resolve("twin.env")));
        Expectations expect = new ExpectationsResolver(env).resolve(Optional.empty(), Map.of());
        return AzureSdkReader.connect(env, expect);
    }

    @Test
    void readsTheSeededWorldAndHashesVaultSecrets() {
        try (AzureTwin twin = AzureTwin.start(AzureTwinOptions.defaults())) {
            AzureSdkReader reader = reader(twin);
            IdentityInfo identity = reader.identity().orElseThrow();
            assertEquals("airflow-aks-identity", identity.name());
            assertEquals(twin.world().identity("airflow-aks-rg", "airflow-aks-identity").orElseThrow().clientId(),
                    identity.clientId());
            assertEquals(List.of(), reader.federatedCredentials(), "the guide's deploy step creates it, not the seed");
            assertEquals(Optional.of("https://airflow-aks-kv.vault.azure.net/"), reader.vaultUri());
            assertTrue(reader.accessPolicies().stream().noneMatch(p -> p.objectId().equals(identity.principalId())));
            assertEquals(Optional.of(twin.oidcIssuerUrl()), reader.oidcIssuer());
            assertTrue(reader.storageAccountExists());
            assertTrue(reader.storageContainerExists());
            assertEquals(Optional.of(Sha256.hex("airflowakslogs")),
                    reader.secretSha256(Expectations.VAULT_SECRET_ACCOUNT_NAME));
            assertEquals(64, reader.secretSha256(Expectations.VAULT_SECRET_ACCOUNT_KEY).orElseThrow().length());
            assertEquals(Optional.empty(), reader.secretSha256("NO-SUCH-SECRET"));
            List<String> imported = AcrImports.GUIDE.stream().map(ImageImport::target).toList();
            assertEquals(List.of(), reader.acrImagesMissing(imported), "the seeded registry holds every image the "
                    + "article imports, asked through its data plane");
            assertEquals(List.of("postgresql:16.1.0-debian-11-r15"), reader.acrImagesMissing(List.of(
                    "postgresql:16.1.0-debian-11-r15", "airflow:2.9.3")), "the article never imports postgres");
        }
    }

    @Test
    void seesTheStorageContainerFault() {
        try (AzureTwin twin = AzureTwin.start(AzureTwinOptions.builder()
                .faults(FaultSet.of(List.of(Fault.STORAGE_CONTAINER_MISSING))).build())) {
            AzureSdkReader reader = reader(twin);
            assertTrue(reader.storageAccountExists());
            assertFalse(reader.storageContainerExists());
        }
    }
}
