package dev.airflowaks.deployer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.azure.DerivedValues;
import dev.airflowaks.deployer.azure.NoAzureGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code AIRFLOW_AKS_PROFILE}: parsing, what each profile requires, defaults, and the one-time description. */
class LocalProfileConfigTest {

    private static final List<String> AZURE_REQUIRED = List.of("MY_IDENTITY_NAME", "MY_RESOURCE_GROUP_NAME",
            "MY_KEYVAULT_NAME", "MY_CLUSTER_NAME", "MY_ACR_REGISTRY", "AZURE_SUBSCRIPTION_ID");

    private static DeployConfig resolve(Map<String, String> env) {
        return new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }

    private static List<ConfigProblem> problems(Map<String, String> env) {
        return assertThrows(InvalidConfigException.class, () -> resolve(env)).problems();
    }

    @Test
    void localNeedsNoAzureVariableAndLooksNothingUp() {
        DeployConfig c = resolve(Map.of("AIRFLOW_AKS_PROFILE", "local"));
        assertEquals(Profile.LOCAL, c.profile());
        assertEquals("airflow", c.namespace());
        assertEquals("airflowakslogs", c.storageAccountName());
        assertEquals("default", c.setting(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME).orElseThrow().source());
        assertTrue(c.keyVaultUrl().isEmpty() && c.identityClientId().isEmpty() && c.oidcIssuerUrl().isEmpty());
        // The gateway throws on any call: resolving derived values must not make one.
        assertEquals(c.describe(), new DerivedValues(new NoAzureGateway()).resolve(c).describe());
    }

    @Test
    void theGuideStillRequiresEveryAzureVariable() {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("AIRFLOW_AKS_PROFILE", "guide"))) {
            Set<String> missing = problems(env).stream().map(ConfigProblem::variable).collect(Collectors.toSet());
            assertTrue(missing.containsAll(AZURE_REQUIRED), missing.toString());
            assertTrue(missing.contains("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME"), missing.toString());
        }
        assertEquals(Profile.GUIDE, resolve(ValidEnv.env()).profile(), "guide is the default");
    }

    @Test
    void aBadProfileNamesTheKeyAndTheValidValuesAndNothingElse() {
        List<ConfigProblem> problems = problems(Map.of("AIRFLOW_AKS_PROFILE", "k3s"));
        assertEquals(1, problems.size(), "which keys are required depends on the profile: " + problems);
        ConfigProblem p = problems.get(0);
        assertEquals("AIRFLOW_AKS_PROFILE", p.variable());
        assertTrue(p.problem().contains("'k3s'") && p.problem().contains("guide, local"), p.toString());
        assertTrue(p.fix().contains("AIRFLOW_AKS_PROFILE=local"), p.fix());
    }

    @Test
    void profileParsing() {
        assertEquals(Profile.LOCAL, Profile.parse(" Local "));
        assertEquals("guide", Profile.GUIDE.id());
        assertEquals("local", Profile.LOCAL.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.parse("aks"));
        assertTrue(e.getMessage().contains("AIRFLOW_AKS_PROFILE") && e.getMessage().contains("guide, local"),
                e.getMessage());
    }

    @Test
    void theProfileComesFromTheConfigFileLikeAnyKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "AIRFLOW_AKS_PROFILE: local\nAKS_AIRFLOW_NAMESPACE: logs-test\n");
        DeployConfig c = new ConfigResolver(Map.of()).resolve(Optional.of(file), Map.of());
        assertEquals(Profile.LOCAL, c.profile());
        assertEquals("logs-test", c.namespace());
        assertEquals(Profile.LOCAL, new ConfigResolver(Map.of()).resolve(Optional.empty(),
                Map.of("AIRFLOW_AKS_PROFILE", "local")).profile(), "and from --set");
    }

    @Test
    void givenAzureValuesAreStillCheckedInLocal() {
        List<ConfigProblem> problems = problems(Map.of("AIRFLOW_AKS_PROFILE", "local", "MY_ACR_REGISTRY", "my-acr"));
        assertEquals(List.of("MY_ACR_REGISTRY"), problems.stream().map(ConfigProblem::variable).toList());
    }

    @Test
    void assembledLocalSettingsGetTheLocalDefaults() {
        Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.AIRFLOW_AKS_PROFILE, new Setting("local", "target"));
        DeployConfig c = DeployConfig.of(settings);
        assertEquals("airflowakslogs", c.storageAccountName());
        assertEquals("airflow", c.serviceAccountName());
    }

    @Test
    void describeShowsTheProfile() {
        String local = resolve(Map.of("AIRFLOW_AKS_PROFILE", "local", "AZURE_CLIENT_SECRET", "s3cr3t-value",
                "MY_KEYVAULT_NAME", "airflow-aks-kv")).describe();
        assertTrue(local.contains("profile: local (no Azure call"), local);
        assertTrue(local.contains("AIRFLOW_AKS_PROFILE = local  [env]"), local);
        assertFalse(local.contains("looked up from Azure"), local);
        assertTrue(local.contains("MY_KEYVAULT_NAME = airflow-aks-kv  [env]  (unused in the local profile)"), local);
        assertFalse(local.contains("s3cr3t-value"), local);
        String guide = resolve(ValidEnv.env()).describe();
        assertTrue(guide.contains("profile: guide"), guide);
        assertTrue(guide.contains("KEYVAULTURL = (looked up from Azure)"), guide);
    }
}
