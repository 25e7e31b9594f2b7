package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.airflowaks.deployer.azure.NoAzureGateway;
import dev.airflowaks.deployer.azure.SdkAzureGateway;
import dev.airflowaks.deployer.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DeployClients#connect} builds no Azure SDK client in the local profile, and its gateway refuses calls. */
class DeployClientsLocalTest {

    private static Path kubeconfig(Path dir) throws Exception {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "http://127.0.0.1:1"}}]
                contexts: [{name: c, context: {cluster: c, user: u}}]
                current-context: c
                users: [{name: u, user: {token: t}}]
                """);
        return file;
    }

    @Test
    void localConnectsWithoutAzure(@TempDir Path dir) throws Exception {
        var config = TestConfigs.local(Map.of("KUBECONFIG", kubeconfig(dir).toString()));
        try (DeployClients clients = DeployClients.connect(config, dir)) {
            assertInstanceOf(NoAzureGateway.class, clients.azure());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> clients.azure().vaultUri("rg", "vault"));
            assertEquals("local profile makes no Azure call: vaultUri vault", e.getMessage());
        }
    }

    @Test
    void theGuideGetsTheSdkGateway(@TempDir Path dir) throws Exception {
        var config = TestConfigs.valid(Map.of("KUBECONFIG", kubeconfig(dir).toString()));
        assertInstanceOf(SdkAzureGateway.class, DeployClients.azure(config));
    }

    @Test
    void everyOperationOfTheLocalGatewayRefusesWithItsName() {
        NoAzureGateway g = new NoAzureGateway();
        for (var call : new org.junit.jupiter.api.function.Executable[] {
            () -> g.identity("rg", "id"), () -> g.oidcIssuer("rg", "aks"), () -> g.federatedCredential("rg", "id", "f"),
            () -> g.accessPolicies("rg", "kv"), () -> g.secretExists("https://kv.vault.azure.net/", "s"),
            () -> g.deleteSecret("u", "s"), () -> g.blobContainerExists("rg", "a", "c"),
            () -> g.deleteBlobContainer("rg", "a", "c"), () -> g.deleteFederatedCredential("rg", "id", "f")}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call);
            assertEquals(true, e.getMessage().startsWith("local profile makes no Azure call: "), e.getMessage());
        }
    }
}
