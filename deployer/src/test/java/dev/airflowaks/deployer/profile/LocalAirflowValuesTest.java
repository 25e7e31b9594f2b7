package dev.airflowaks.deployer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.testing.TestConfigs;
import dev.airflowaks.deployer.steps.ValuesGenerator;
import dev.airflowaks.deployer.values.YamlValues;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated values of the local profile: the guide's, except public images and the {@code local-path} class. */
class LocalAirflowValuesTest {

    private final Map<String, Object> local = new ValuesGenerator().generate(TestConfigs.local(Map.of()));
    private final Map<String, Object> guide = new ValuesGenerator().generate(TestConfigs.valid(Map.of()));

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> m, String... path) {
        Object cur = m;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
        }
        return cur;
    }

    @Test
    void imagesComeFromTheirPublicRegistriesWithTheGuidesTags() {
        String yaml = YamlValues.dump(local);
        assertFalse(yaml.contains("azurecr.io"), yaml);
        Set<String> refs = new HashSet<>();
        for (String image : new String[] {"airflow", "pod_template", "flower", "statsd", "pgbouncer",
            "pgbouncerExporter", "gitSync"}) {
            refs.add(at(local, "images", image, "repository") + ":" + at(local, "images", image, "tag"));
            assertEquals(at(guide, "images", image, "tag"), at(local, "images", image, "tag"), image);
        }
        refs.add(at(local, "postgresql", "image", "registry") + "/" + at(local, "postgresql", "image", "repository")
                + ":" + at(local, "postgresql", "image", "tag"));
        assertEquals(Set.copyOf(LocalImages.all()), refs, "LocalImages.all() is exactly what the values use");
        assertEquals("docker.io/apache/airflow", at(local, "images", "airflow", "repository"));
    }

    @Test
    void logsUseTheGuidesClaimOnLocalPath() {
        assertEquals("local-path", at(local, "logs", "persistence", "storageClassName"));
        assertEquals("pvc-airflow-logs", at(local, "logs", "persistence", "existingClaim"));
        assertEquals(true, at(local, "logs", "persistence", "enabled"));
        assertEquals("azureblob-fuse-premium", at(guide, "logs", "persistence", "storageClassName"));
    }

    @Test
    void everythingElseIsTheGuides() {
        for (String key : new String[] {"executor", "env", "extraEnv", "dags", "pgbouncer", "triggerer", "scheduler",
            "workers"}) {
            assertEquals(guide.get(key), local.get(key), key);
        }
        assertEquals(true, at(local, "postgresql", "enabled"));
        assertTrue(YamlValues.dump(guide).contains("airflowaksacr.azurecr.io/airflow"), "the guide is unchanged");
    }
}
