package dev.airflowaks.conformance.expect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a conforming target looks like, under the guide's variable names. The checks compare the cluster against
 * this and nothing else, so the same check runs on the twin, k3s and AKS. Resolved from the environment, then an
 * env file, then the target's own environment, then the guide's defaults ({@link ExpectationsResolver}).
 *
 * <p>Values the guide derives at run time (client id, tenant, OIDC issuer) may be absent; a check that needs one
 * gets a clear "set X" error, which is reported as broken, not as a conformance failure.
 */
public final class Expectations {

    public static final String NAMESPACE = "AKS_AIRFLOW_NAMESPACE";
    public static final String SERVICE_ACCOUNT = "SERVICE_ACCOUNT_NAME";
    public static final String IDENTITY_NAME = "MY_IDENTITY_NAME";
    public static final String CLIENT_ID = "MY_IDENTITY_NAME_CLIENT_ID";
    public static final String PRINCIPAL_ID = "MY_IDENTITY_NAME_PRINCIPAL_ID";
    public static final String TENANT_ID = "TENANT_ID";
    public static final String RESOURCE_GROUP = "MY_RESOURCE_GROUP_NAME";
    public static final String KEYVAULT_NAME = "MY_KEYVAULT_NAME";
    public static final String KEYVAULT_URL = "KEYVAULTURL";
    public static final String OIDC_URL = "OIDC_URL";
    public static final String CLUSTER_NAME = "MY_CLUSTER_NAME";
    public static final String ACR = "MY_ACR_REGISTRY";
    public static final String STORAGE_ACCOUNT = "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME";
    public static final String STORAGE_CONTAINER = "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME";
    public static final String STORAGE_SECRET = "AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME";

    /** Names the guide fixes in its manifests (not variables). */
    public static final String SECRET_STORE_NAME = "azure-store";
    public static final String EXTERNAL_SECRET_NAME = "airflow-aks-azure-logs-secrets";
    public static final String PV_NAME = "pv-airflow-logs";
    public static final String PVC_NAME = "pvc-airflow-logs";
    public static final String STORAGE_CLASS = "azureblob-fuse-premium";
    /** The local profile's class for the hostPath logs volume (k3s's provisioner name; no provisioning happens). */
    public static final String LOCAL_STORAGE_CLASS = "local-path";
    public static final String VAULT_SECRET_ACCOUNT_NAME = "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME";
    public static final String VAULT_SECRET_ACCOUNT_KEY = "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY";
    public static final String KEY_ACCOUNT_NAME = "azurestorageaccountname";
    public static final String KEY_ACCOUNT_KEY = "azurestorageaccountkey";
    public static final String AIRFLOW_RELEASE = "airflow";
    public static final String ESO_RELEASE = "external-secrets";
    public static final String AIRFLOW_CHART_VERSION = "1.15.0";
    public static final String AIRFLOW_APP_VERSION = "2.9.3";
    /** ESO ≥ 0.17 stops serving v1beta1, which the guide's manifests use; the deployer pins this version. */
    public static final String ESO_CHART_VERSION = "0.10.5";
    public static final String WEBSERVER_SERVICE = "airflow-webserver";
    public static final int WEBSERVER_PORT = 8080;
    public static final String LOGS_MOUNT_PATH = "/opt/airflow/logs";

    private static final Map<String, String> DEFAULTS = Map.of(
            NAMESPACE, "airflow",
            SERVICE_ACCOUNT, "airflow",
            STORAGE_CONTAINER, "airflow-logs",
            STORAGE_SECRET, "storage-account-credentials");

    private final Map<String, String> values;

    public Expectations(Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v.trim());
            }
        });
        this.values = Map.copyOf(merged);
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A value a check cannot do without; its absence is a harness problem (broken), named with the fix. */
    public String require(String name) {
        return find(name).orElseThrow(() -> new MissingExpectationException(name));
    }

    public String namespace() {
        return require(NAMESPACE);
    }

    public String serviceAccount() {
        return require(SERVICE_ACCOUNT);
    }

    public String storageSecret() {
        return require(STORAGE_SECRET);
    }

    public String storageContainer() {
        return require(STORAGE_CONTAINER);
    }

    /** {@code system:serviceaccount:<ns>:<sa>}: the subject the federated credential must carry. */
    public String federatedSubject() {
        return "system:serviceaccount:" + namespace() + ":" + serviceAccount();
    }

    /** The registry's login server, {@code <MY_ACR_REGISTRY>.azurecr.io} (lower case, as Azure names it). */
    public String acrLoginServer() {
        return require(ACR).toLowerCase(java.util.Locale.ROOT) + ".azurecr.io";
    }

    /** The vault URI in the guide's form, derived from the vault name when KEYVAULTURL is not given. */
    public Optional<String> keyVaultUrl() {
        return find(KEYVAULT_URL).or(() -> find(KEYVAULT_NAME).map(n -> "https://" + n + ".vault.azure.net/"));
    }

    /** Every resolved value; callers that print it must mask (there are no secrets among these names). */
    public Map<String, String> asMap() {
        return values;
    }
}
