package dev.airflowaks.conformance.expect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@link Expectations} in the house order: environment, then an env file ({@code KEY=VALUE} lines, the
 * twin writes one), then what the target says about itself, then the guide's defaults.
 */
public final class ExpectationsResolver {

    private final Map<String, String> environment;

    public ExpectationsResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public Expectations resolve(Optional<Path> envFile, Map<String, String> targetEnvironment) {
        Map<String, String> merged = new HashMap<>();
        targetEnvironment.forEach((k, v) -> {
            if (isKnown(k)) {
                merged.put(k, v);
            }
        });
        envFile.ifPresent(f -> readEnvFile(f).forEach((k, v) -> {
            if (isKnown(k)) {
                merged.put(k, v);
            }
        }));
        environment.forEach((k, v) -> {
            if (isKnown(k)) {
                merged.put(k, v);
            }
        });
        return new Expectations(merged);
    }

    /**
     * Only the guide's variables become expectations. The Azure connection ({@code AZURE_*}, which includes a client
     * secret) is read separately by the Azure reader and never enters the expectations, which are logged.
     */
    public static boolean isKnown(String name) {
        return name.startsWith("AKS_AIRFLOW_") || name.startsWith("MY_") || name.equals(Expectations.SERVICE_ACCOUNT)
                || name.equals(Expectations.TENANT_ID) || name.equals(Expectations.KEYVAULT_URL)
                || name.equals(Expectations.OIDC_URL);
    }

    /** Reads {@code KEY=VALUE} / {@code export KEY=VALUE} lines; quotes are stripped, comments ignored. */
    public static Map<String, String> readEnvFile(Path file) {
        try {
            Map<String, String> out = new HashMap<>();
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
                    continue;
                }
                if (line.startsWith("export ")) {
                    line = line.substring(7).strip();
                }
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                out.put(line.substring(0, eq).strip(), value);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read env file " + file + ": " + e.getMessage(), e);
        }
    }
}
