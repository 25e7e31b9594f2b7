package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.launcher.TargetPreflight;

import dev.airflowaks.conformance.launcher.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetPreflightTest {

    @TempDir
    Path dir;

    private RunRequest request(String target) {
        return new RunRequest(target, Optional.empty(), Optional.empty(), Optional.empty(), dir, true, Map.of());
    }

    @Test
    void k3sNeedsDockerAndTheTwinDoesNot() {
        TargetPreflight noDocker = new TargetPreflight(() -> false, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> noDocker.check(request("k3s")));
        assertTrue(e.getMessage().startsWith("the k3s target needs Docker"), e.getMessage());
        noDocker.check(request("twin"));
        new TargetPreflight(() -> true, Map.of()).check(request("k3s"));
    }

    @Test
    void aksNeedsTheGuidesVariables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TargetPreflight(() -> false, Map.of()).check(request("aks")));
        assertEquals("AKS target needs AZURE_SUBSCRIPTION_ID, MY_RESOURCE_GROUP_NAME, MY_CLUSTER_NAME, "
                + "MY_KEYVAULT_NAME, MY_IDENTITY_NAME, AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME, MY_ACR_REGISTRY "
                + "(all unset); export the guide's variables for your subscription (see docs/aks-nightly.md)",
                e.getMessage());
    }
}
