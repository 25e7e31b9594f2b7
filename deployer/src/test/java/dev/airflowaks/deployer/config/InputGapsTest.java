package dev.airflowaks.deployer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 point 7, input side: a bad {@code --set} value is rejected even when another source's value wins
 * ({@code --set MY_ACR_REGISTRY=Bad.Name} used to apply and exit 0), an unknown name points at
 * {@code airflow-aks config keys}, and an invalid {@code Chart.yaml} is reported at input time naming the file and
 * the variable (it used to fail at step 3 naming neither).
 */
class InputGapsTest {

    private static List<ConfigProblem> problems(Map<String, String> env, Map<String, String> flags) {
        return assertThrows(InvalidConfigException.class,
                () -> new ConfigResolver(env).resolve(Optional.empty(), flags)).problems();
    }

    @Test
    void aBadSetValueIsRejectedAndWinsOverTheEnvironment() {
        List<ConfigProblem> p = problems(ValidEnv.env(), Map.of("MY_ACR_REGISTRY", "Bad.Name"));
        assertEquals(1, p.size(), p.toString());
        assertEquals("MY_ACR_REGISTRY", p.get(0).variable());
        assertTrue(p.get(0).problem().contains("'Bad.Name'"), p.toString());
    }

    @Test
    void aGoodSetValueIsAcceptedAndUsed() {
        assertEquals("otheracr", new ConfigResolver(ValidEnv.env()).resolve(Optional.empty(),
                Map.of("MY_ACR_REGISTRY", "otheracr")).acrRegistry());
    }

    @Test
    void anUnknownNamePointsAtConfigKeys() {
        List<ConfigProblem> p = problems(ValidEnv.env(), Map.of("MY_ACR_REGISTERY", "x"));
        assertEquals("MY_ACR_REGISTERY", p.get(0).variable());
        assertTrue(p.get(0).fix().contains("'airflow-aks config keys'"), p.toString());
    }

    @Test
    void anInvalidChartYamlIsReportedNamingThePathAndTheVariable(@TempDir Path dir) throws Exception {
        Path chart = Files.createDirectories(dir.resolve("airflow"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: airflow\n");
        List<ConfigProblem> p = problems(ValidEnv.with("AIRFLOW_AKS_AIRFLOW_CHART", chart.toString()), Map.of());
        assertEquals("AIRFLOW_AKS_AIRFLOW_CHART", p.get(0).variable());
        assertTrue(p.get(0).problem().contains(chart.resolve("Chart.yaml").toString())
                && p.get(0).problem().contains("has no 'version'"), p.toString());

        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: [airflow\n");
        List<ConfigProblem> broken = problems(ValidEnv.with("AIRFLOW_AKS_AIRFLOW_CHART", chart.toString()), Map.of());
        assertTrue(broken.get(0).problem().contains("is not valid YAML"), broken.toString());

        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: airflow\nversion: 1.15.0\n");
        new ConfigResolver(ValidEnv.with("AIRFLOW_AKS_AIRFLOW_CHART", chart.toString()))
                .resolve(Optional.empty(), Map.of());
    }
}
