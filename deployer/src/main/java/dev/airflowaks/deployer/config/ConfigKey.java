package dev.airflowaks.deployer.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting the deployer reads, under the name the guide (or azure-identity) gives it, so that a user who
 * followed the guide by hand can reuse the same shell variables. The enum is the single list the resolver, the
 * validator and {@link DeployConfig#describe()} share: a new setting is added here once.
 *
 * <p>What a key needs depends on the {@link Profile}: in the local profile the Azure-only keys are neither required
 * nor looked up ({@link #need(Profile)}), and the storage account name defaults to the twin's seeded name because it
 * is only the value the fake SecretStore hands out.
 */
public enum ConfigKey {
    AIRFLOW_AKS_PROFILE("guide", Need.DEFAULTED,
            "deployment profile: guide (AKS with Azure) or local (k3s, no Azure call)"),
    AKS_AIRFLOW_NAMESPACE("airflow", Need.DEFAULTED, "namespace of the guide's objects"),
    SERVICE_ACCOUNT_NAME("airflow", Need.DEFAULTED, "workload-identity ServiceAccount used by the SecretStore"),
    MY_IDENTITY_NAME(null, Need.REQUIRED, "user-assigned managed identity name"),
    MY_IDENTITY_NAME_CLIENT_ID(null, Need.DERIVED, "client id of the identity (looked up when unset)"),
    MY_IDENTITY_NAME_PRINCIPAL_ID(null, Need.DERIVED, "principal (object) id of the identity (looked up when unset)"),
    TENANT_ID(null, Need.DERIVED, "Entra tenant of the identity (looked up when unset)"),
    MY_RESOURCE_GROUP_NAME(null, Need.REQUIRED, "resource group of the cluster, identity, vault and storage"),
    MY_LOCATION("eastus", Need.DEFAULTED, "Azure region the infrastructure is created in (apply --infra)"),
    MY_KEYVAULT_NAME(null, Need.REQUIRED, "Key Vault name"),
    KEYVAULTURL(null, Need.DERIVED, "vault URL https://<MY_KEYVAULT_NAME>.vault.azure.net/ (looked up when unset)"),
    OIDC_URL(null, Need.DERIVED, "AKS OIDC issuer URL (looked up when unset)"),
    MY_CLUSTER_NAME(null, Need.REQUIRED, "AKS cluster name"),
    MY_ACR_REGISTRY(null, Need.REQUIRED, "ACR registry name, without .azurecr.io"),
    AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME(null, Need.REQUIRED, "storage account holding the logs container"),
    AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME("airflow-logs", Need.DEFAULTED, "blob container for the Airflow logs"),
    AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME("storage-account-credentials", Need.DEFAULTED,
            "Secret the ExternalSecret creates and the PV mounts with"),

    AIRFLOW_AKS_ESO_CHART("https://charts.external-secrets.io", Need.DEFAULTED,
            "ESO chart: repository URL, local chart directory or .tgz"),
    AIRFLOW_AKS_ESO_CHART_VERSION("0.10.5", Need.DEFAULTED,
            "ESO chart version (pinned: 0.17+ no longer serves external-secrets.io/v1beta1)"),
    AIRFLOW_AKS_ESO_RELEASE("external-secrets", Need.DEFAULTED, "Helm release name of ESO"),
    AIRFLOW_AKS_AIRFLOW_CHART("https://airflow.apache.org", Need.DEFAULTED,
            "Airflow chart: repository URL, local chart directory or .tgz"),
    AIRFLOW_AKS_AIRFLOW_CHART_VERSION("1.15.0", Need.DEFAULTED, "Airflow chart version"),
    AIRFLOW_AKS_AIRFLOW_RELEASE("airflow", Need.DEFAULTED, "Helm release name of Airflow"),
    AIRFLOW_AKS_VALUES(null, Need.OPTIONAL, "YAML file of user overrides merged over the generated Airflow values"),
    KUBECONFIG(null, Need.OPTIONAL, "kubeconfig file (default ~/.kube/config)"),

    AZURE_SUBSCRIPTION_ID(null, Need.REQUIRED, "Azure subscription id"),
    AZURE_TENANT_ID(null, Need.OPTIONAL, "tenant for the service principal (azure-identity)"),
    AZURE_CLIENT_ID(null, Need.OPTIONAL, "service principal client id (azure-identity)"),
    AZURE_CLIENT_SECRET(null, Need.OPTIONAL, "service principal secret (azure-identity)", true),
    AZURE_AUTHORITY_HOST(null, Need.OPTIONAL, "Entra authority base URL (azure-identity)"),
    AIRFLOW_AKS_ARM_ENDPOINT(null, Need.OPTIONAL, "ARM base URL override (twin only; default https://management.azure.com/)"),
    AIRFLOW_AKS_KEYVAULT_ENDPOINT(null, Need.OPTIONAL, "Key Vault data-plane base URL override (twin only)"),
    AIRFLOW_AKS_ACR_ENDPOINT(null, Need.OPTIONAL, "ACR data-plane base URL override (twin only)"),
    AIRFLOW_AKS_REGISTRY_ENDPOINT(null, Need.OPTIONAL,
            "public registries' base URL override, <url><registry host>/v2/... (twin only)"),
    AIRFLOW_AKS_CA_CERT(null, Need.OPTIONAL, "PEM file trusted in addition to the default trust (twin only)");

    /** Default of {@code AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME} in the local profile (the twin's seeded name). */
    public static final String LOCAL_STORAGE_ACCOUNT = "airflowakslogs";

    /** Keys that only mean something with Azure: in the local profile they are not required and not looked up. */
    private static final Set<ConfigKey> AZURE_ONLY = EnumSet.of(AZURE_SUBSCRIPTION_ID, MY_RESOURCE_GROUP_NAME,
            MY_KEYVAULT_NAME, MY_IDENTITY_NAME, MY_CLUSTER_NAME, MY_ACR_REGISTRY, MY_IDENTITY_NAME_CLIENT_ID,
            MY_IDENTITY_NAME_PRINCIPAL_ID, TENANT_ID, KEYVAULTURL, OIDC_URL);

    /** The Azure connection and twin endpoint keys: read by nothing in the local profile. */
    private static final Set<ConfigKey> AZURE_CONNECTION = EnumSet.of(AZURE_TENANT_ID, AZURE_CLIENT_ID,
            AZURE_CLIENT_SECRET, AZURE_AUTHORITY_HOST, AIRFLOW_AKS_ARM_ENDPOINT, AIRFLOW_AKS_KEYVAULT_ENDPOINT,
            AIRFLOW_AKS_ACR_ENDPOINT, AIRFLOW_AKS_CA_CERT);

    /** How a setting gets its value when the user gives none. */
    public enum Need {
        /** No default: validation fails when it is missing. */
        REQUIRED,
        /** Has a default value. */
        DEFAULTED,
        /** Looked up through the Azure SDK when missing, as the guide does with {@code az ... show}. */
        DERIVED,
        /** May stay unset. */
        OPTIONAL
    }

    private final String defaultValue;
    private final Need need;
    private final String description;
    private final boolean secret;

    ConfigKey(String defaultValue, Need need, String description) {
        this(defaultValue, need, description, false);
    }

    ConfigKey(String defaultValue, Need need, String description, boolean secret) {
        this.defaultValue = defaultValue;
        this.need = need;
        this.description = description;
        this.secret = secret;
    }

    /** The guide profile's default. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default in {@code profile}. */
    public Optional<String> defaultValue(Profile profile) {
        if (profile == Profile.LOCAL && this == AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME) {
            return Optional.of(LOCAL_STORAGE_ACCOUNT);
        }
        return defaultValue();
    }

    /** What the guide profile needs. */
    public Need need() {
        return need;
    }

    /** What {@code profile} needs: in the local profile the Azure-only keys are optional and never looked up. */
    public Need need(Profile profile) {
        if (profile == Profile.LOCAL) {
            if (AZURE_ONLY.contains(this)) {
                return Need.OPTIONAL;
            }
            if (this == AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME) {
                return Need.DEFAULTED;
            }
        }
        return need;
    }

    /** False for the keys nothing reads in {@code profile} (Azure keys in the local profile). */
    public boolean usedIn(Profile profile) {
        return profile != Profile.LOCAL || !(AZURE_ONLY.contains(this) || AZURE_CONNECTION.contains(this));
    }

    public String description() {
        return description;
    }

    /** Secrets are masked wherever a value is shown. */
    public boolean secret() {
        return secret;
    }

    /** The key with this exact name, if any (names are case-sensitive, like shell variables). */
    public static Optional<ConfigKey> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
