package dev.airflowaks.deployer.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The deployer's one typed configuration: the guide's variables, the chart sources and the Azure connection.
 * Immutable and always valid: instances come from {@link ConfigResolver#resolve} (which validates) or from
 * {@link #withDerived}, which fills a value the guide looks up with {@code az ... show}. Accessors are typed; the
 * derived values are {@link Optional} until looked up.
 */
public final class DeployConfig {

    /** What to print instead of a secret value. */
    public static final String MASK = "****";

    private final Map<ConfigKey, Setting> settings;

    DeployConfig(Map<ConfigKey, Setting> settings) {
        EnumMap<ConfigKey, Setting> copy = new EnumMap<>(ConfigKey.class);
        settings.forEach((k, v) -> {
            if (v != null && !v.value().isBlank()) {
                copy.put(k, v);
            }
        });
        this.settings = Collections.unmodifiableMap(copy);
    }

    /**
     * Validates and wraps already-resolved settings (for callers that assemble them, such as the conformance
     * runner that passes a target's environment).
     *
     * @throws InvalidConfigException listing every problem
     */
    public static DeployConfig of(Map<ConfigKey, Setting> settings) {
        var problems = new ConfigValidator().validate(settings);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new DeployConfig(settings);
    }

    /** A copy with a derived value filled in (source {@code azure lookup}), validated like any other value. */
    public DeployConfig withDerived(ConfigKey key, String value) {
        EnumMap<ConfigKey, Setting> copy = new EnumMap<>(ConfigKey.class);
        copy.putAll(settings);
        copy.put(key, new Setting(value, "azure lookup"));
        return of(copy);
    }

    public Optional<String> value(ConfigKey key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    /**
     * The value of a key that validation guarantees (required or defaulted). A defaulted key missing from settings
     * assembled by hand ({@link #of}) gets its default for this profile.
     */
    public String require(ConfigKey key) {
        return value(key).or(() -> key.defaultValue(profile()))
                .orElseThrow(() -> new IllegalStateException(key + " is not resolved"));
    }

    /** {@code AIRFLOW_AKS_PROFILE}: {@link Profile#GUIDE} unless set to {@code local}. */
    public Profile profile() {
        return value(ConfigKey.AIRFLOW_AKS_PROFILE).map(Profile::parse).orElse(Profile.GUIDE);
    }

    public Optional<Setting> setting(ConfigKey key) {
        return Optional.ofNullable(settings.get(key));
    }

    public String namespace() {
        return require(ConfigKey.AKS_AIRFLOW_NAMESPACE);
    }

    public String serviceAccountName() {
        return require(ConfigKey.SERVICE_ACCOUNT_NAME);
    }

    public String identityName() {
        return require(ConfigKey.MY_IDENTITY_NAME);
    }

    public Optional<String> identityClientId() {
        return value(ConfigKey.MY_IDENTITY_NAME_CLIENT_ID);
    }

    public Optional<String> identityPrincipalId() {
        return value(ConfigKey.MY_IDENTITY_NAME_PRINCIPAL_ID);
    }

    public Optional<String> tenantId() {
        return value(ConfigKey.TENANT_ID);
    }

    public String resourceGroup() {
        return require(ConfigKey.MY_RESOURCE_GROUP_NAME);
    }

    public String keyVaultName() {
        return require(ConfigKey.MY_KEYVAULT_NAME);
    }

    /** {@code KEYVAULTURL}: the public form that the cluster objects carry. */
    public Optional<String> keyVaultUrl() {
        return value(ConfigKey.KEYVAULTURL);
    }

    public Optional<String> oidcIssuerUrl() {
        return value(ConfigKey.OIDC_URL);
    }

    public String clusterName() {
        return require(ConfigKey.MY_CLUSTER_NAME);
    }

    public String acrRegistry() {
        return require(ConfigKey.MY_ACR_REGISTRY);
    }

    /** {@code <MY_ACR_REGISTRY>.azurecr.io}, the image registry of the generated values. */
    public String acrLoginServer() {
        return acrRegistry().toLowerCase(java.util.Locale.ROOT) + ".azurecr.io";
    }

    public String storageAccountName() {
        return require(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME);
    }

    public String storageContainerName() {
        return require(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME);
    }

    public String storageSecretName() {
        return require(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME);
    }

    public ChartSource esoChart() {
        return new ChartSource(require(ConfigKey.AIRFLOW_AKS_ESO_CHART), "external-secrets",
                require(ConfigKey.AIRFLOW_AKS_ESO_CHART_VERSION));
    }

    public String esoRelease() {
        return require(ConfigKey.AIRFLOW_AKS_ESO_RELEASE);
    }

    public ChartSource airflowChart() {
        return new ChartSource(require(ConfigKey.AIRFLOW_AKS_AIRFLOW_CHART), "airflow",
                require(ConfigKey.AIRFLOW_AKS_AIRFLOW_CHART_VERSION));
    }

    public String airflowRelease() {
        return require(ConfigKey.AIRFLOW_AKS_AIRFLOW_RELEASE);
    }

    public Optional<Path> valuesOverrides() {
        return value(ConfigKey.AIRFLOW_AKS_VALUES).map(Path::of);
    }

    /** The kubeconfig file: {@code KUBECONFIG}, else {@code ~/.kube/config}. */
    public Path kubeconfig() {
        return value(ConfigKey.KUBECONFIG).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }

    public String subscriptionId() {
        return require(ConfigKey.AZURE_SUBSCRIPTION_ID);
    }

    public Optional<String> azureTenantId() {
        return value(ConfigKey.AZURE_TENANT_ID);
    }

    public Optional<String> azureClientId() {
        return value(ConfigKey.AZURE_CLIENT_ID);
    }

    /** The service principal secret; never log it, {@link #describe()} masks it. */
    public Optional<String> azureClientSecret() {
        return value(ConfigKey.AZURE_CLIENT_SECRET);
    }

    public Optional<String> authorityHost() {
        return value(ConfigKey.AZURE_AUTHORITY_HOST);
    }

    /** Twin-only ARM base URL; empty on real Azure. */
    public Optional<String> armEndpoint() {
        return value(ConfigKey.AIRFLOW_AKS_ARM_ENDPOINT);
    }

    /** Twin-only Key Vault data-plane base URL; empty on real Azure. */
    public Optional<String> keyVaultEndpoint() {
        return value(ConfigKey.AIRFLOW_AKS_KEYVAULT_ENDPOINT);
    }

    /** The ACR data plane's base URL when overridden (the twin); real Azure uses {@code https://<loginServer>/}. */
    public Optional<String> acrEndpoint() {
        return value(ConfigKey.AIRFLOW_AKS_ACR_ENDPOINT);
    }

    /** The public registries' base URL when overridden (the twin); otherwise each registry's own host. */
    public Optional<String> registryEndpoint() {
        return value(ConfigKey.AIRFLOW_AKS_REGISTRY_ENDPOINT);
    }

    /** Twin-only extra CA certificate (PEM); empty on real Azure. */
    public Optional<Path> caCert() {
        return value(ConfigKey.AIRFLOW_AKS_CA_CERT).map(Path::of);
    }

    /** The subject of the federated credential: {@code system:serviceaccount:<ns>:<sa>}. */
    public String federatedSubject() {
        return "system:serviceaccount:" + namespace() + ":" + serviceAccountName();
    }

    /**
     * The resolved configuration for the one-time log: one line per set key with its source; secrets masked,
     * unset derived values shown as "(look up)".
     */
    public String describe() {
        Profile profile = profile();
        StringJoiner out = new StringJoiner("\n", "Resolved configuration:\n", "");
        out.add("  profile: " + profile.id() + (profile == Profile.LOCAL
                ? " (no Azure call: fake SecretStore, hostPath logs volume, public images)" : " (AKS with Azure)"));
        for (ConfigKey key : ConfigKey.values()) {
            Setting s = settings.get(key);
            if (s == null) {
                if (key.need(profile) == ConfigKey.Need.DERIVED) {
                    out.add("  " + key.name() + " = (looked up from Azure)");
                }
                continue;
            }
            out.add("  " + key.name() + " = " + (key.secret() ? MASK : s.value()) + "  [" + s.source() + "]"
                    + (key.usedIn(profile) ? "" : "  (unused in the " + profile.id() + " profile)"));
        }
        return out.toString();
    }

    /** Same as {@link #describe()}: a config is never printed with its secrets. */
    @Override
    public String toString() {
        return describe();
    }
}
