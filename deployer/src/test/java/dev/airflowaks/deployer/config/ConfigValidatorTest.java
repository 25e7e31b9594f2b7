package dev.airflowaks.deployer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfigValidatorTest {

    private static List<ConfigProblem> problemsFor(Map<String, String> env) {
        return assertThrows(InvalidConfigException.class,
                () -> new ConfigResolver(env).resolve(Optional.empty(), Map.of())).problems();
    }

    @Test
    void validEnvironmentResolves() {
        DeployConfig c = new ConfigResolver(ValidEnv.env()).resolve(Optional.empty(), Map.of());
        assertEquals("airflow", c.namespace());
        assertEquals("airflowaksacr.azurecr.io", c.acrLoginServer());
    }

    @ParameterizedTest(name = "{0}={1} is rejected: {2}")
    @CsvSource(delimiter = '|', value = {
        "AKS_AIRFLOW_NAMESPACE|Airflow|DNS-1123 label",
        "AKS_AIRFLOW_NAMESPACE|air_flow|DNS-1123 label",
        "AKS_AIRFLOW_NAMESPACE|-airflow|DNS-1123 label",
        "AKS_AIRFLOW_NAMESPACE|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|DNS-1123 label",
        "SERVICE_ACCOUNT_NAME|Airflow SA|DNS-1123 subdomain",
        "AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME|storage_creds|DNS-1123 subdomain",
        "MY_IDENTITY_NAME_CLIENT_ID|not-a-guid|GUID",
        "MY_IDENTITY_NAME_PRINCIPAL_ID|1234|GUID",
        "TENANT_ID|7e9d4a1c3f2b4c8e9a6d1b2c3d4e5f60|GUID",
        "AZURE_SUBSCRIPTION_ID|sub-1|GUID",
        "AZURE_CLIENT_ID|xyz|GUID",
        "KEYVAULTURL|https://airflow-aks-kv.vault.azure.net|https://<name>.vault.azure.net/",
        "KEYVAULTURL|http://airflow-aks-kv.vault.azure.net/|https://<name>.vault.azure.net/",
        "KEYVAULTURL|https://127.0.0.1:8443/|https://<name>.vault.azure.net/",
        "OIDC_URL|http://issuer.example/|https URL",
        "OIDC_URL|issuer|https URL",
        "AZURE_AUTHORITY_HOST|ftp://login/|https URL",
        "AIRFLOW_AKS_ARM_ENDPOINT|http://127.0.0.1:1234/|https URL",
        "AIRFLOW_AKS_KEYVAULT_ENDPOINT|127.0.0.1:8443|https URL",
        "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME|AirflowLogs|storage account",
        "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME|air-flow-logs|storage account",
        "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME|ab|storage account",
        "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME|Airflow-Logs|blob container",
        "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME|airflow--logs|blob container",
        "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME|ab|blob container",
        "MY_KEYVAULT_NAME|1vault|Key Vault name",
        "MY_KEYVAULT_NAME|my--vault|Key Vault name",
        "MY_ACR_REGISTRY|myacr.azurecr.io|registry name only",
        "MY_ACR_REGISTRY|my-acr|container registry name",
        "MY_RESOURCE_GROUP_NAME|rg.|resource group",
        "MY_IDENTITY_NAME|-id|managed identity",
        "MY_CLUSTER_NAME|aks!|AKS cluster",
        "AIRFLOW_AKS_ESO_CHART_VERSION|latest|chart version",
        "AIRFLOW_AKS_AIRFLOW_CHART|/no/such/chart|neither a chart repository",
        "AIRFLOW_AKS_AIRFLOW_RELEASE|Airflow|Helm release",
        "AIRFLOW_AKS_VALUES|/no/such/values.yaml|readable file",
        "AIRFLOW_AKS_CA_CERT|/no/such/ca.pem|readable file",
        "KUBECONFIG|/no/such/kubeconfig|readable file"
    })
    void badValueIsRejectedWithNameAndFix(String key, String value, String expected) {
        List<ConfigProblem> problems = problemsFor(ValidEnv.with(key, value));
        assertEquals(1, problems.size(), problems.toString());
        ConfigProblem p = problems.get(0);
        assertEquals(key, p.variable());
        assertTrue((p.problem() + " " + p.fix()).contains(expected), p.toString());
        assertTrue(!p.fix().isBlank(), "every problem carries a fix");
    }

    @ParameterizedTest
    @CsvSource({"MY_IDENTITY_NAME", "MY_RESOURCE_GROUP_NAME", "MY_KEYVAULT_NAME", "MY_CLUSTER_NAME",
        "MY_ACR_REGISTRY", "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "AZURE_SUBSCRIPTION_ID"})
    void missingRequiredValueIsRejected(String key) {
        var env = ValidEnv.env();
        env.remove(key);
        List<ConfigProblem> problems = problemsFor(env);
        assertEquals(List.of(key), problems.stream().map(ConfigProblem::variable).toList());
        assertTrue(problems.get(0).fix().contains("export " + key + "="));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var env = ValidEnv.with("AKS_AIRFLOW_NAMESPACE", "Bad_NS");
        env.put("TENANT_ID", "nope");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "Bad-Account");
        env.remove("MY_CLUSTER_NAME");
        List<String> vars = problemsFor(env).stream().map(ConfigProblem::variable).toList();
        assertEquals(List.of("AKS_AIRFLOW_NAMESPACE", "TENANT_ID", "MY_CLUSTER_NAME",
                "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME"), vars);
    }

    @Test
    void vaultUrlMustNameTheConfiguredVault() {
        List<ConfigProblem> problems = problemsFor(ValidEnv.with("KEYVAULTURL", "https://other-kv.vault.azure.net/"));
        assertEquals("KEYVAULTURL", problems.get(0).variable());
        assertTrue(problems.get(0).fix().contains("https://airflow-aks-kv.vault.azure.net/"), problems.toString());
    }

    @Test
    void clientSecretNeedsClientIdAndTenant() {
        List<ConfigProblem> problems = problemsFor(ValidEnv.with("AZURE_CLIENT_SECRET", "s3cr3t-value"));
        assertEquals(List.of("AZURE_CLIENT_ID", "AZURE_TENANT_ID"),
                problems.stream().map(ConfigProblem::variable).toList());
        assertTrue(problems.stream().noneMatch(p -> p.toString().contains("s3cr3t-value")),
                "a secret never appears in a message");
    }

    @Test
    void wellFormedValuesPass() {
        var env = ValidEnv.env();
        env.put("KEYVAULTURL", "https://airflow-aks-kv.vault.azure.net/");
        env.put("OIDC_URL", "https://eastus.oic.prod-aks.azure.com/" + ValidEnv.TENANT + "/abc/");
        env.put("TENANT_ID", ValidEnv.TENANT);
        env.put("MY_IDENTITY_NAME_CLIENT_ID", "22222222-2222-2222-2222-222222222222");
        env.put("AIRFLOW_AKS_ARM_ENDPOINT", "https://127.0.0.1:40123/");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME", "airflow-logs");
        DeployConfig c = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        assertEquals(Optional.of("https://airflow-aks-kv.vault.azure.net/"), c.keyVaultUrl());
        assertEquals("system:serviceaccount:airflow:airflow", c.federatedSubject());
    }
}
