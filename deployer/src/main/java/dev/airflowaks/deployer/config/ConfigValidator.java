package dev.airflowaks.deployer.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every resolved setting and reports all problems together. Runs before the first API call: nothing in the
 * deployer talks to a cluster or to Azure until this returned no problems.
 */
public final class ConfigValidator {

    private final Map<ConfigKey, Rule> rules = new EnumMap<>(ConfigKey.class);

    public ConfigValidator() {
        rules.put(ConfigKey.AIRFLOW_AKS_PROFILE, Rules.profile());
        rules.put(ConfigKey.AKS_AIRFLOW_NAMESPACE, Rules.dns1123Label());
        rules.put(ConfigKey.SERVICE_ACCOUNT_NAME, Rules.dns1123Subdomain());
        rules.put(ConfigKey.MY_IDENTITY_NAME, Rules.identityName());
        rules.put(ConfigKey.MY_IDENTITY_NAME_CLIENT_ID, Rules.guid());
        rules.put(ConfigKey.MY_IDENTITY_NAME_PRINCIPAL_ID, Rules.guid());
        rules.put(ConfigKey.TENANT_ID, Rules.guid());
        rules.put(ConfigKey.MY_RESOURCE_GROUP_NAME, Rules.resourceGroupName());
        rules.put(ConfigKey.MY_KEYVAULT_NAME, Rules.keyVaultName());
        rules.put(ConfigKey.KEYVAULTURL, Rules.keyVaultUrl());
        rules.put(ConfigKey.OIDC_URL, Rules.httpsUrl("https://eastus.oic.prod-aks.azure.com/<tenant>/<guid>/"));
        rules.put(ConfigKey.MY_CLUSTER_NAME, Rules.clusterName());
        rules.put(ConfigKey.MY_ACR_REGISTRY, Rules.acrName());
        rules.put(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME, Rules.storageAccountName());
        rules.put(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME, Rules.storageContainerName());
        rules.put(ConfigKey.AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME, Rules.dns1123Subdomain());
        rules.put(ConfigKey.AIRFLOW_AKS_ESO_CHART, Rules.chartSource());
        rules.put(ConfigKey.AIRFLOW_AKS_ESO_CHART_VERSION, Rules.chartVersion());
        rules.put(ConfigKey.AIRFLOW_AKS_ESO_RELEASE, Rules.helmReleaseName());
        rules.put(ConfigKey.AIRFLOW_AKS_AIRFLOW_CHART, Rules.chartSource());
        rules.put(ConfigKey.AIRFLOW_AKS_AIRFLOW_CHART_VERSION, Rules.chartVersion());
        rules.put(ConfigKey.AIRFLOW_AKS_AIRFLOW_RELEASE, Rules.helmReleaseName());
        rules.put(ConfigKey.AIRFLOW_AKS_VALUES, Rules.readableFile());
        rules.put(ConfigKey.KUBECONFIG, Rules.readableFile());
        rules.put(ConfigKey.AZURE_SUBSCRIPTION_ID, Rules.guid());
        rules.put(ConfigKey.AZURE_TENANT_ID, Rules.guid());
        rules.put(ConfigKey.AZURE_CLIENT_ID, Rules.guid());
        rules.put(ConfigKey.AZURE_AUTHORITY_HOST, Rules.httpsUrl("https://login.microsoftonline.com/"));
        rules.put(ConfigKey.AIRFLOW_AKS_ARM_ENDPOINT, Rules.httpsUrl("https://management.azure.com/"));
        rules.put(ConfigKey.AIRFLOW_AKS_KEYVAULT_ENDPOINT, Rules.httpsUrl("https://127.0.0.1:8443/"));
        rules.put(ConfigKey.AIRFLOW_AKS_ACR_ENDPOINT, Rules.httpsUrl("https://127.0.0.1:8443/acr/"));
        rules.put(ConfigKey.AIRFLOW_AKS_REGISTRY_ENDPOINT, Rules.httpsUrl("https://127.0.0.1:8443/registry/"));
        rules.put(ConfigKey.AIRFLOW_AKS_CA_CERT, Rules.readableFile());
    }

    /**
     * Checks the values of one source that lost to another source's value for the same key, so a bad value is
     * reported wherever it was given ({@code --set MY_ACR_REGISTRY=Bad.Name} used to pass because the environment's
     * value won and only the winner was checked).
     */
    public List<ConfigProblem> shadowed(Map<String, String> given, String source, Map<ConfigKey, Setting> chosen) {
        List<ConfigProblem> problems = new ArrayList<>();
        given.forEach((name, value) -> ConfigKey.byName(name).ifPresent(key -> {
            Setting won = chosen.get(key);
            Rule rule = rules.get(key);
            if (rule != null && value != null && !value.isBlank() && (won == null || !won.value().equals(value.trim()))) {
                rule.check(key.name(), value.trim()).map(p -> new ConfigProblem(p.variable(), p.problem()
                        + " (in " + source + ")", p.fix())).ifPresent(problems::add);
            }
        }));
        return problems;
    }

    /** @return every problem, in {@link ConfigKey} order; empty when the settings are usable */
    public List<ConfigProblem> validate(Map<ConfigKey, Setting> settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        String profileValue = value(settings, ConfigKey.AIRFLOW_AKS_PROFILE);
        Optional<Profile> profile = profileValue == null ? Optional.of(Profile.GUIDE) : Profile.find(profileValue);
        for (ConfigKey key : ConfigKey.values()) {
            Setting s = settings.get(key);
            if (s == null || s.value().isBlank()) {
                // Which keys are required depends on the profile: with an invalid profile only that is reported.
                if (profile.isPresent() && key.need(profile.get()) == ConfigKey.Need.REQUIRED) {
                    problems.add(new ConfigProblem(key.name(), "is not set",
                            "export " + key.name() + "=<" + key.description() + ">, or put it in the --config file"));
                }
                continue;
            }
            Rule rule = rules.get(key);
            if (rule != null) {
                rule.check(key.name(), s.value()).ifPresent(problems::add);
            }
        }
        if (profile.orElse(Profile.GUIDE) == Profile.GUIDE) {
            crossChecks(settings, problems);
        }
        return problems;
    }

    private static void crossChecks(Map<ConfigKey, Setting> settings, List<ConfigProblem> problems) {
        String vault = value(settings, ConfigKey.MY_KEYVAULT_NAME);
        String url = value(settings, ConfigKey.KEYVAULTURL);
        if (vault != null && url != null) {
            Rules.vaultNameOf(url).filter(n -> !n.equalsIgnoreCase(vault)).ifPresent(n -> problems.add(
                    new ConfigProblem(ConfigKey.KEYVAULTURL.name(), "names vault '" + n
                            + "' but MY_KEYVAULT_NAME is '" + vault + "'",
                            "set KEYVAULTURL=https://" + vault.toLowerCase(Locale.ROOT)
                                    + ".vault.azure.net/ or unset it to look it up")));
        }
        boolean hasSecret = value(settings, ConfigKey.AZURE_CLIENT_SECRET) != null;
        if (hasSecret) {
            for (ConfigKey k : List.of(ConfigKey.AZURE_CLIENT_ID, ConfigKey.AZURE_TENANT_ID)) {
                if (value(settings, k) == null) {
                    problems.add(new ConfigProblem(k.name(), "is not set but AZURE_CLIENT_SECRET is",
                            "a service principal needs AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET "
                                    + "together; set " + k.name() + " or unset AZURE_CLIENT_SECRET"));
                }
            }
        }
    }

    private static String value(Map<ConfigKey, Setting> settings, ConfigKey key) {
        Setting s = settings.get(key);
        return s == null || s.value().isBlank() ? null : s.value();
    }
}
