package dev.airflowaks.deployer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    @TempDir
    Path dir;

    @Test
    void flagsWinOverFileWhichWinsOverEnvironmentWhichWinsOverDefaults() throws Exception {
        // kubectl, Helm and Terraform: a flag on the command line wins over files and the environment.
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "SERVICE_ACCOUNT_NAME: sa-file\nAKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME: secret-file\n");
        var env = ValidEnv.with("AKS_AIRFLOW_NAMESPACE", "from-env");
        env.put("SERVICE_ACCOUNT_NAME", "sa-env");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME", "secret-env");
        DeployConfig c = new ConfigResolver(env).resolve(Optional.of(file),
                Map.of("AKS_AIRFLOW_NAMESPACE", "x", "AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME", "secret-flag"));
        assertEquals("x", c.namespace());
        assertEquals("flag", c.setting(ConfigKey.AKS_AIRFLOW_NAMESPACE).orElseThrow().source());
        assertTrue(c.describe().contains("AKS_AIRFLOW_NAMESPACE = x  [flag]"), c.describe());
        assertEquals("sa-file", c.serviceAccountName());
        assertTrue(c.setting(ConfigKey.SERVICE_ACCOUNT_NAME).orElseThrow().source().startsWith("file "));
        assertEquals("secret-flag", c.storageSecretName());
        assertEquals("airflow-aks-kv", c.keyVaultName());
        assertEquals("env", c.setting(ConfigKey.MY_KEYVAULT_NAME).orElseThrow().source());
        assertEquals("airflow-logs", c.storageContainerName());
        assertEquals("default", c.setting(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME).orElseThrow().source());
    }

    @Test
    void fileAloneCanCarryEverything() throws Exception {
        StringBuilder yaml = new StringBuilder();
        ValidEnv.env().forEach((k, v) -> yaml.append(k).append(": ").append(v).append('\n'));
        Path file = dir.resolve("all.yaml");
        Files.writeString(file, yaml);
        DeployConfig c = new ConfigResolver(Map.of()).resolve(Optional.of(file), Map.of());
        assertEquals("airflow-aks-kv", c.keyVaultName());
        assertTrue(c.setting(ConfigKey.MY_KEYVAULT_NAME).orElseThrow().source().startsWith("file "));
    }

    @Test
    void unknownNamesInFileAndFlagsAreProblems() throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "AKS_AIRFLOW_NAMESPCE: airflow\n");
        var e = assertThrows(InvalidConfigException.class, () -> new ConfigResolver(ValidEnv.env())
                .resolve(Optional.of(file), Map.of("MY_VAULT", "x")));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("AKS_AIRFLOW_NAMESPCE"));
        assertTrue(e.getMessage().contains("MY_VAULT"));
    }

    @Test
    void missingOrBrokenFileIsAProblem() throws Exception {
        var missing = assertThrows(InvalidConfigException.class, () -> new ConfigResolver(ValidEnv.env())
                .resolve(Optional.of(dir.resolve("nope.yaml")), Map.of()));
        assertEquals("--config", missing.problems().get(0).variable());
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        var notMap = assertThrows(InvalidConfigException.class, () -> new ConfigResolver(ValidEnv.env())
                .resolve(Optional.of(list), Map.of()));
        assertTrue(notMap.problems().get(0).problem().contains("not a YAML map"));
    }

    @Test
    void environmentVariablesOutsideTheListAreIgnored() {
        var env = ValidEnv.with("PATH", "/usr/bin");
        DeployConfig c = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        assertFalse(c.describe().contains("/usr/bin"));
    }

    @Test
    void describeMasksTheSecretAndShowsSources() {
        var env = ValidEnv.env();
        env.put("AZURE_CLIENT_ID", "22222222-2222-2222-2222-222222222222");
        env.put("AZURE_TENANT_ID", ValidEnv.TENANT);
        env.put("AZURE_CLIENT_SECRET", "super-secret-value");
        DeployConfig c = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        String d = c.describe();
        assertFalse(d.contains("super-secret-value"), d);
        assertFalse(c.toString().contains("super-secret-value"));
        assertTrue(d.contains("AZURE_CLIENT_SECRET = " + DeployConfig.MASK), d);
        assertTrue(d.contains("MY_KEYVAULT_NAME = airflow-aks-kv  [env]"), d);
        assertTrue(d.contains("KEYVAULTURL = (looked up from Azure)"), d);
        assertEquals(Optional.of("super-secret-value"), c.azureClientSecret());
    }

    @Test
    void derivedValuesAreValidatedToo() {
        DeployConfig c = new ConfigResolver(ValidEnv.env()).resolve(Optional.empty(), Map.of());
        DeployConfig d = c.withDerived(ConfigKey.TENANT_ID, ValidEnv.TENANT);
        assertEquals(Optional.of(ValidEnv.TENANT), d.tenantId());
        assertTrue(c.tenantId().isEmpty(), "the original stays unchanged");
        assertEquals("azure lookup", d.setting(ConfigKey.TENANT_ID).orElseThrow().source());
        assertThrows(InvalidConfigException.class, () -> c.withDerived(ConfigKey.OIDC_URL, "http://x/"));
    }

    @Test
    void localChartDirectoryAndTgzAreAccepted() throws Exception {
        Path chart = Files.createDirectories(dir.resolve("airflow"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: airflow\nversion: 1.15.0\n");
        Path tgz = Files.writeString(dir.resolve("eso.tgz"), "x");
        var env = ValidEnv.with("AIRFLOW_AKS_AIRFLOW_CHART", chart.toString());
        env.put("AIRFLOW_AKS_ESO_CHART", tgz.toString());
        DeployConfig c = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        assertTrue(c.airflowChart().isLocal());
        assertEquals(chart, c.airflowChart().localPath());
        assertFalse(new ConfigResolver(ValidEnv.env()).resolve(Optional.empty(), Map.of()).esoChart().isLocal());
    }
}
