package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.values.YamlValues;

import dev.airflowaks.deployer.values.AirflowValues;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.deviations.GuideDeviations;
import dev.airflowaks.deployer.deviations.ImageDeviation;
import dev.airflowaks.deployer.profile.LocalAirflowValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Produces the Airflow values for a configuration: the guide's model for the user's ACR, with this run's deviations
 * from the guide ({@link GuideDeviations}: the postgres image from the ACR copy, unless {@code --verbatim}) and the
 * user's override
 * file (if any) merged over it; in the local profile, {@link LocalAirflowValues} (public images, {@code local-path}).
 * The result is what {@code plan} shows and what Helm receives.
 */
public final class ValuesGenerator {

    private final GuideDeviations deviations;

    /** The deployer's default: the guide's values with the known deviations applied. */
    public ValuesGenerator() {
        this(GuideDeviations.applied());
    }

    public ValuesGenerator(GuideDeviations deviations) {
        this.deviations = deviations;
    }

    /** The deviations these values apply: the images step and plan read the same object. */
    public GuideDeviations deviations() {
        return deviations;
    }

    public Map<String, Object> generate(DeployConfig config) {
        Map<String, Object> base = config.profile() == Profile.LOCAL ? LocalAirflowValues.values()
                : withDeviations(AirflowValues.guide(config.acrLoginServer()).toMap(), config.acrLoginServer());
        Map<String, Object> merged = config.valuesOverrides().map(p -> {
            try {
                return YamlValues.merge(base, YamlValues.parse(Files.readString(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read AIRFLOW_AKS_VALUES " + p, e);
            }
        }).orElse(base);
        return YamlValues.normalize(merged);
    }

    /** The guide's values with each active image deviation's chart value pointing at the ACR copy. */
    private Map<String, Object> withDeviations(Map<String, Object> guide, String acrLoginServer) {
        Map<String, Object> out = guide;
        for (var d : deviations.active()) {
            if (ImageDeviation.isImage(d)) {
                out = YamlValues.merge(out, ImageDeviation.of(d).values(acrLoginServer));
            }
        }
        return out;
    }
}
