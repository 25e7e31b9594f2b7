package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.deployer.config.ConfigKey;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's settings for a real target (k3s, AKS): the guide's variables, the deployer's {@code AIRFLOW_AKS_*}
 * settings (chart choices, profile, kubeconfig) and the Azure connection, from the process environment over the env
 * file, in the house order. Nothing else of the process environment is passed on, and never {@code KUBECONFIG}: a
 * real target brings its own, and the user's current cluster must not be touched by mistake.
 */
public final class UserEnvironment {

    private UserEnvironment() {
    }

    /** The relevant settings of {@code process}, over those of {@code envFile}. */
    public static Map<String, String> of(Map<String, String> process, Optional<Path> envFile) {
        Map<String, String> out = new TreeMap<>();
        envFile.ifPresent(f -> ExpectationsResolver.readEnvFile(f).forEach((k, v) -> put(out, k, v)));
        process.forEach((k, v) -> put(out, k, v));
        return out;
    }

    private static void put(Map<String, String> out, String name, String value) {
        if (value != null && !value.isBlank() && relevant(name)) {
            out.put(name, value);
        }
    }

    static boolean relevant(String name) {
        if (name.equals(ConfigKey.KUBECONFIG.name())) {
            return false;
        }
        return name.startsWith("AZURE_") || name.startsWith("AIRFLOW_AKS_") || ConfigKey.byName(name).isPresent()
                || ExpectationsResolver.isKnown(name);
    }
}
