package dev.airflowaks.conformance.targeting;

import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code -Dconformance.target=aks} opens the fixtures' AksTarget, checked before anything is contacted. */
class TargetSelectorTest {

    @TempDir
    Path dir;

    private static RunSettings settings(Map<String, String> params) {
        return RunSettings.from(k -> Optional.ofNullable(params.get(k)));
    }

    private static Map<String, String> aksVariables() {
        Map<String, String> env = new HashMap<>();
        env.put("AZURE_SUBSCRIPTION_ID", "5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c");
        env.put("MY_RESOURCE_GROUP_NAME", "airflow-aks-rg");
        env.put("MY_CLUSTER_NAME", "airflow-aks");
        env.put("MY_KEYVAULT_NAME", "airflow-aks-kv");
        env.put("MY_IDENTITY_NAME", "airflow-aks-identity");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "airflowakslogs");
        env.put("MY_ACR_REGISTRY", "airflowaksacr");
        return env;
    }

    @Test
    void aksWithMissingVariablesNamesThemBeforeAnythingIsContacted() {
        TargetSelector selector = new TargetSelector(new UnavailableTargetStarter(), Map.of("MY_CLUSTER_NAME", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> selector.select(settings(Map.of(RunSettings.TARGET, "aks"))));
        assertTrue(e.getMessage().startsWith("AKS target needs AZURE_SUBSCRIPTION_ID, MY_RESOURCE_GROUP_NAME, "
                + "MY_KEYVAULT_NAME"), e.getMessage());
    }

    @Test
    void aksTakesTheGivenKubeconfigAndEveryCapabilityWithoutCallingArm() throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("aks.yaml"), "apiVersion: v1\nkind: Config\nclusters:\n"
                + "- name: aks\n  cluster: {server: 'https://aks.example:443'}\n");
        TargetSelector selector = new TargetSelector(new UnavailableTargetStarter(), aksVariables());
        try (Target aks = selector.select(settings(Map.of(RunSettings.TARGET, "aks",
                RunSettings.KUBECONFIG, kubeconfig.toString())))) {
            assertEquals("aks", aks.name());
            assertEquals(kubeconfig, aks.kubeconfig());
            assertTrue(aks.capabilities().contains(Capability.AZURE));
            assertEquals("airflow-aks", aks.environment().get("MY_CLUSTER_NAME"));
        }
        assertTrue(Files.exists(kubeconfig), "the user's kubeconfig is never deleted");
    }

    @Test
    void aksVariablesMayComeFromTheEnvFileAndTheKubeconfigFromAirflowAksKubeconfig() throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("aks.yaml"), "kind: Config\nclusters: []\n");
        StringBuilder file = new StringBuilder();
        aksVariables().forEach((k, v) -> file.append("export ").append(k).append("='").append(v).append("'\n"));
        Path envFile = Files.writeString(dir.resolve("aks.env"), file);
        TargetSelector selector = new TargetSelector(new UnavailableTargetStarter(),
                Map.of("AIRFLOW_AKS_KUBECONFIG", kubeconfig.toString(), "HOME", "/root"));
        try (Target aks = selector.select(settings(Map.of(RunSettings.TARGET, "aks",
                RunSettings.ENV_FILE, envFile.toString())))) {
            assertEquals(kubeconfig, aks.kubeconfig());
            assertTrue(!aks.environment().containsKey("HOME"), "only the relevant variables are passed on");
        }
    }

    @Test
    void aksRefusesAnEnvironmentThatAsksForTheLocalProfile() {
        Map<String, String> env = aksVariables();
        env.put("AIRFLOW_AKS_PROFILE", "local");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TargetSelector(
                new UnavailableTargetStarter(), env).select(settings(Map.of(RunSettings.TARGET, "aks"))));
        assertTrue(e.getMessage().contains("does not fit target aks"), e.getMessage());
    }
}
