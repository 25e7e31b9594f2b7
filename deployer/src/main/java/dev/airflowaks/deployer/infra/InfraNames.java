package dev.airflowaks.deployer.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The infrastructure article's names. A name given in the environment, the config file or a flag wins. Otherwise
 * the article's fixed names are used, and the three that must be unique across Azure (vault, registry, storage
 * account) get a suffix: {@code --name-suffix}, else one derived from the subscription and resource group, so the
 * same subscription and group always give the same names and a re-run finds what the first run created.
 */
public final class InfraNames {

    static final String SUFFIX_RULE = "[a-z0-9]{1,8}";

    private InfraNames() {
    }

    /**
     * @param given  looks a variable up in the merged settings (environment, config file, flags)
     * @param suffix {@code --name-suffix}, if given
     * @return every article variable apply --infra needs, in the article's order (given values kept)
     */
    public static Map<String, String> resolve(Function<String, Optional<String>> given, Optional<String> suffix) {
        suffix.filter(s -> !s.matches(SUFFIX_RULE)).ifPresent(s -> {
            throw new IllegalArgumentException("--name-suffix '" + s + "' is invalid: use 1-8 lower-case letters "
                    + "and digits (it ends the storage account name, which allows nothing else)");
        });
        Map<String, String> out = new LinkedHashMap<>();
        put(out, given, "MY_RESOURCE_GROUP_NAME", "airflow-aks-rg");
        put(out, given, "MY_LOCATION", "eastus");
        put(out, given, "MY_IDENTITY_NAME", "airflow-aks-identity");
        String s = suffix.orElseGet(() -> seed(given.apply("AZURE_SUBSCRIPTION_ID").orElse(""),
                out.get("MY_RESOURCE_GROUP_NAME")));
        put(out, given, "MY_KEYVAULT_NAME", "airflowkv" + s);
        put(out, given, "MY_ACR_REGISTRY", "airflowacr" + s);
        put(out, given, "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "airflowlogs" + s);
        put(out, given, "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME", "airflow-logs");
        put(out, given, "MY_CLUSTER_NAME", "airflow-aks");
        return out;
    }

    private static void put(Map<String, String> out, Function<String, Optional<String>> given, String key, String def) {
        out.put(key, given.apply(key).filter(v -> !v.isBlank()).orElse(def));
    }

    /** Eight hex digits of SHA-256(subscription/resourceGroup): stable, and distinct per subscription and group. */
    static String seed(String subscription, String resourceGroup) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((subscription + "/" + resourceGroup)
                    .toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
