package dev.airflowaks.deployer.testing;

import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Valid configurations for deployer tests (the twin's seeded names). */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MY_IDENTITY_NAME", "airflow-aks-identity");
        env.put("MY_RESOURCE_GROUP_NAME", "airflow-aks-rg");
        env.put("MY_KEYVAULT_NAME", "airflow-aks-kv");
        env.put("MY_CLUSTER_NAME", "airflow-aks");
        env.put("MY_ACR_REGISTRY", "airflowaksacr");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "airflowakslogs");
        env.put("AZURE_SUBSCRIPTION_ID", "5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c");
        return env;
    }

    /** A local-profile configuration: no Azure variable at all, only the profile and {@code extra}. */
    public static DeployConfig local(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("AIRFLOW_AKS_PROFILE", "local");
        return new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }

    public static DeployConfig valid(Map<String, String> extra) {
        Map<String, String> env = env();
        env.putAll(extra);
        return new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }
}
