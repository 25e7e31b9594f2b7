package dev.airflowaks.deployer.config;

import java.util.HashMap;
import java.util.Map;

/** A complete, valid environment (the twin's seeded world) that tests spoil one variable at a time. */
final class ValidEnv {

    static final String TENANT = "7e9d4a1c-3f2b-4c8e-9a6d-1b2c3d4e5f60";
    static final String SUBSCRIPTION = "5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c";

    private ValidEnv() {
    }

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MY_IDENTITY_NAME", "airflow-aks-identity");
        env.put("MY_RESOURCE_GROUP_NAME", "airflow-aks-rg");
        env.put("MY_KEYVAULT_NAME", "airflow-aks-kv");
        env.put("MY_CLUSTER_NAME", "airflow-aks");
        env.put("MY_ACR_REGISTRY", "airflowaksacr");
        env.put("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "airflowakslogs");
        env.put("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION);
        return env;
    }

    static Map<String, String> with(String key, String value) {
        Map<String, String> env = env();
        env.put(key, value);
        return env;
    }
}
