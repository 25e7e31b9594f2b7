package dev.airflowaks.deployer.profile;

import dev.airflowaks.deployer.values.AirflowValues;
import dev.airflowaks.deployer.values.YamlValues;
import java.util.Map;

/**
 * The Airflow values of the local profile: the guide's values with the images from their public registries
 * ({@link LocalImages}), the PostgreSQL image from {@code bitnamilegacy}, and the logs claim's storage class
 * {@code local-path}. Everything else (executor, git-sync, env, the existing claim) is the guide's.
 */
public final class LocalAirflowValues {

    private LocalAirflowValues() {
    }

    public static Map<String, Object> values() {
        Map<String, Object> guide = AirflowValues.of(LocalImages.imageSet(), LocalProfileNames.STORAGE_CLASS).toMap();
        return YamlValues.merge(guide, Map.of("postgresql", Map.of("image", LocalImages.postgresqlImage())));
    }
}
