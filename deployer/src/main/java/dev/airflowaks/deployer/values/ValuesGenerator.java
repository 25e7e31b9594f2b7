package dev.airflowaks.deployer.values;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.profile.LocalAirflowValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Produces the Airflow values for a configuration: the guide's model for the user's ACR, with the user's override
 * file (if any) merged over it; in the local profile, {@link LocalAirflowValues} (public images, {@code local-path}).
 * The result is what {@code plan} shows and what Helm receives.
 */
public final class ValuesGenerator {

    public Map<String, Object> generate(DeployConfig config) {
        Map<String, Object> base = config.profile() == Profile.LOCAL ? LocalAirflowValues.values()
                : AirflowValues.guide(config.acrLoginServer()).toMap();
        Map<String, Object> merged = config.valuesOverrides().map(p -> {
            try {
                return YamlValues.merge(base, YamlValues.parse(Files.readString(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read AIRFLOW_AKS_VALUES " + p, e);
            }
        }).orElse(base);
        return YamlValues.normalize(merged);
    }
}
