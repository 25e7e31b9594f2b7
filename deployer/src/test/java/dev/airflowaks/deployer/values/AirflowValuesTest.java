package dev.airflowaks.deployer.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AirflowValuesTest {

    private static Map<String, Object> guideFile() throws IOException {
        try (InputStream in = AirflowValuesTest.class.getResourceAsStream("/guide-airflow_values.yaml")) {
            return YamlValues.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void modelReproducesTheGuidesValuesFile() throws IOException {
        Map<String, Object> generated = YamlValues.normalize(AirflowValues.guide("myacr.azurecr.io").toMap());
        assertEquals(guideFile(), generated);
    }

    @Test
    void imagesFollowTheRegistry() {
        Map<String, Object> v = YamlValues.normalize(AirflowValues.guide("other.azurecr.io").toMap());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> images = (Map<String, Map<String, Object>>) v.get("images");
        assertEquals("other.azurecr.io/git-sync", images.get("gitSync").get("repository"));
        assertEquals("other.azurecr.io/statsd-exporter", images.get("statsd").get("repository"));
    }

    @Test
    void extraEnvIsTheGuidesTemplatedString() {
        assertEquals("- name: AIRFLOW__CORE__DEFAULT_TIMEZONE\n  value: 'America/New_York'\n",
                AirflowValues.guide("x.azurecr.io").extraEnvBlock());
    }

    @Test
    void overridesMergeLikeHelm() throws IOException {
        Map<String, Object> base = guideFile();
        Map<String, Object> merged = YamlValues.merge(base,
                YamlValues.parse("dags:\n  gitSync:\n    branch: dev\nexecutor: CeleryExecutor\n"));
        @SuppressWarnings("unchecked")
        Map<String, Object> gitSync = (Map<String, Object>) ((Map<String, Object>) merged.get("dags")).get("gitSync");
        assertEquals("dev", gitSync.get("branch"));
        assertEquals("HEAD", gitSync.get("rev"), "siblings of an overridden key are kept");
        assertEquals("CeleryExecutor", merged.get("executor"));
        assertNotEquals(base, merged);
        assertEquals("KubernetesExecutor", base.get("executor"), "the base is not modified");
    }
}
