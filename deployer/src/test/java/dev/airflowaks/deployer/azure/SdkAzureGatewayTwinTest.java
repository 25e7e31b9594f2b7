package dev.airflowaks.deployer.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.testing.EnvFiles;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production Azure wiring ({@link AzureClients}: JDK HTTP client, extra CA, endpoint overrides, client-secret
 * credential with a custom authority) against the Azure twin, through the env file the twin writes.
 */
class SdkAzureGatewayTwinTest {

    @TempDir
    static Path dir;
    static AzureTwin twin;
    static DeployConfig config;
    static SdkAzureGateway gateway;

    @BeforeAll
    static void start() {
        twin = AzureTwin.start(AzureTwinOptions.defaults());
        Map<String, String> env = new HashMap<>(EnvFiles.read(twin.writeEnvFile(dir.resolve("twin.env"))));
        env.remove("KEYVAULTURL");
        env.remove("TENANT_ID");
        env.remove("OIDC_URL");
        env.remove("MY_IDENTITY_NAME_CLIENT_ID");
        env.remove("MY_IDENTITY_NAME_PRINCIPAL_ID");
        config = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        gateway = new SdkAzureGateway(new AzureClients(config));
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    @Test
    void derivedValuesAreLookedUpLikeTheGuidesAzShow() {
        DeployConfig resolved = new DerivedValues(gateway).resolve(config);
        assertEquals(Optional.of(twin.world().tenantId()), resolved.tenantId());
        assertEquals(Optional.of("https://" + config.keyVaultName() + ".vault.azure.net/"), resolved.keyVaultUrl());
        assertEquals(Optional.of(twin.oidcIssuerUrl()), resolved.oidcIssuerUrl());
        assertTrue(resolved.identityClientId().isPresent());
        assertTrue(resolved.identityPrincipalId().isPresent());
        assertEquals("azure lookup", resolved.setting(dev.airflowaks.deployer.config.ConfigKey.OIDC_URL)
                .orElseThrow().source());
    }

    @Test
    void federatedCredentialRoundTrip() {
        String rg = config.resourceGroup();
        String id = config.identityName();
        gateway.deleteFederatedCredential(rg, id, "deployer-test-fic");
        assertTrue(gateway.federatedCredential(rg, id, "deployer-test-fic").isEmpty());
        FederatedCredential fic = new FederatedCredential("deployer-test-fic", twin.oidcIssuerUrl(),
                "system:serviceaccount:airflow:airflow", List.of(FederatedCredential.AUDIENCE));
        gateway.putFederatedCredential(rg, id, fic);
        assertEquals(Optional.of(fic), gateway.federatedCredential(rg, id, "deployer-test-fic"));
        gateway.deleteFederatedCredential(rg, id, "deployer-test-fic");
        assertTrue(gateway.federatedCredential(rg, id, "deployer-test-fic").isEmpty());
    }

    @Test
    void accessPolicyAddIsAUnionAndRemoveTakesItAway() {
        String rg = config.resourceGroup();
        String vault = config.keyVaultName();
        String objectId = "0b5e2a8c-1111-4c8e-9a6d-000000000001";
        AccessPolicy p = new AccessPolicy(twin.world().tenantId(), objectId, List.of("get"));
        gateway.addAccessPolicy(rg, vault, p);
        gateway.addAccessPolicy(rg, vault, p);
        List<AccessPolicy> mine = gateway.accessPolicies(rg, vault).stream()
                .filter(a -> a.objectId().equals(objectId)).toList();
        assertEquals(1, mine.size(), "accessPolicies/add never duplicates: " + mine);
        assertTrue(mine.get(0).grantsSecretGet());
        gateway.removeAccessPolicy(rg, vault, p);
        assertFalse(gateway.accessPolicies(rg, vault).stream().anyMatch(a -> a.objectId().equals(objectId)
                && a.grantsSecretGet()));
    }

    @Test
    void seededVaultSecretsAndContainerAreVisible() {
        String url = "https://" + config.keyVaultName() + ".vault.azure.net/";
        assertTrue(gateway.secretExists(url, GuideNames.KV_ACCOUNT_KEY_SECRET));
        assertFalse(gateway.secretExists(url, "no-such-secret"));
        assertTrue(gateway.blobContainerExists(config.resourceGroup(), config.storageAccountName(),
                config.storageContainerName()));
    }

    /** Fact acr.manifest-unknown: the data-plane HEAD after the Entra to ACR exchange; 404 for a tag not imported. */
    @Test
    void acrImagesAreAnsweredByTheDataPlaneAndAnImportAddsThePostgresCopy() {
        String login = config.acrLoginServer();
        assertTrue(gateway.acrImageExists(login, "airflow", "2.9.3"), "imported by the infrastructure article");
        assertTrue(!gateway.acrImageExists(login, "postgresql", "16.1.0-debian-11-r15"), "the article never imports it");
        gateway.importImage(config.resourceGroup(), config.acrRegistry(), "docker.io",
                "bitnamilegacy/postgresql:16.1.0-debian-11-r15", "postgresql:16.1.0-debian-11-r15");
        assertTrue(gateway.acrImageExists(login, "postgresql", "16.1.0-debian-11-r15"));
        com.azure.core.management.exception.ManagementException gone = org.junit.jupiter.api.Assertions.assertThrows(
                com.azure.core.management.exception.ManagementException.class, () -> gateway.importImage(
                        config.resourceGroup(), config.acrRegistry(), "docker.io",
                        "bitnami/postgresql:16.1.0-debian-11-r15", "gone:1"));
        assertEquals("InvalidParameters", gone.getValue().getCode());
    }
}
