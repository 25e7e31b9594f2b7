package dev.airflowaks.conformance.expect;

import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.deployer.config.DeployConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * Expectations from the deployer's resolved configuration, so that {@code run} judges the target against exactly
 * what {@code apply} deployed. Only the guide's variables are taken; the Azure connection settings stay out.
 */
public final class DeployConfigExpectations {

    private DeployConfigExpectations() {
    }

    public static Expectations from(DeployConfig config) {
        Map<String, String> values = new HashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            if (ExpectationsResolver.isKnown(key.name())) {
                config.value(key).ifPresent(v -> values.put(key.name(), v));
            }
        }
        return new Expectations(values);
    }
}
