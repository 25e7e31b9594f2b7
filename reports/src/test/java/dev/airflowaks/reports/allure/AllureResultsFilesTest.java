package dev.airflowaks.reports.allure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Isolated // swaps the allure.results.directory system property, which concurrent test classes share
class AllureResultsFilesTest {

    private final AllureResultsFiles files = new AllureResultsFiles();

    /**
     * Allure 2.34's rule, as measured: a result is filed under EVERY category whose statuses and regexes match
     * (whole message, DOTALL). Our categories must therefore give exactly one for any message.
     */
    private static Optional<String> categorise(String status, String message) {
        List<String> matched = GuideCategories.all().stream()
                .filter(c -> c.matchedStatuses().contains(status))
                .filter(c -> c.messageRegex() == null
                        || Pattern.compile(c.messageRegex(), Pattern.DOTALL).matcher(message).matches())
                .map(AllureCategory::name).toList();
        assertTrue(matched.size() <= 1, "one category at most, got " + matched);
        return matched.stream().findFirst();
    }

    @Test
    void mapsTheTypicalFailuresToTheirGuideSteps() {
        assertTrue(categorise("failed", "pod airflow-scheduler-0 Waiting: ImagePullBackOff (airflowaksacr.azurecr.io/airflow:2.9.3)")
                .orElseThrow().contains("infrastructure guide, step 'import images'"));
        assertTrue(categorise("failed", "ExternalSecret Ready=False\nreason: SecretSyncedError")
                .orElseThrow().startsWith("SecretSyncedError"));
        assertTrue(categorise("failed", "Warning FailedMount: MountVolume.SetUp failed for volume pv-airflow-logs")
                .orElseThrow().contains("deploy guide, step 'logs persistent volume'"));
        assertTrue(categorise("broken", "AADSTS700213: No matching federated identity record found")
                .orElseThrow().contains("deploy guide, step 'federated credential'"));
        assertTrue(categorise("broken", "Condition not met: timed out after 120 s waiting for Deployment airflow-webserver")
                .orElseThrow().startsWith("Timeout"));
    }

    @Test
    void specificPatternsWinOverCatchAllsAndBrokenStaysApartFromFailed() {
        assertTrue(categorise("failed", "SecretSyncedError caused by AADSTS70021").orElseThrow().startsWith("AADSTS"),
                "the deeper cause (Entra) is listed first");
        assertTrue(categorise("broken", "java.net.ConnectException: refused").orElseThrow().startsWith("Broken"));
        assertTrue(categorise("failed", "namespace airflow missing").orElseThrow().startsWith("Not conformant"));
        assertTrue(categorise("failed", "FailedMount\nthen timed out after 60 s").orElseThrow().startsWith("FailedMount"),
                "the cause, not the timeout it led to");
        assertTrue(categorise("passed", "ok").isEmpty());
    }

    @Test
    void writesCategoriesJsonThatAllureCanRead(@TempDir Path dir) {
        Path file = files.writeCategories(dir);
        JsonNode tree = JsonMapper.builder().build().readTree(file.toFile());
        assertEquals(GuideCategories.all().size(), tree.size());
        JsonNode first = tree.get(0);
        assertTrue(first.get("name").asString().startsWith("ImagePullBackOff"));
        assertEquals("failed", first.get("matchedStatuses").get(0).asString());
        assertFalse(first.has("traceRegex"), "nulls are left out, not written as null");
    }

    @Test
    void writesEnvironmentPropertiesReadableByJavaAndMasksSecrets(@TempDir Path dir) throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Target", "aks");
        facts.put("Chart airflow", "1.15.0");
        facts.put("KEYVAULTURL", "https://airflow-aks-kv.vault.azure.net/");
        facts.put("AZURE_CLIENT_SECRET", "very-secret");
        facts.put("odd = name:", "line1\nline2 # not a comment");
        Path file = files.writeEnvironment(dir, facts);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        assertEquals("1.15.0", p.getProperty("Chart airflow"));
        assertEquals("https://airflow-aks-kv.vault.azure.net/", p.getProperty("KEYVAULTURL"));
        assertEquals("****", p.getProperty("AZURE_CLIENT_SECRET"));
        assertEquals("line1\nline2 # not a comment", p.getProperty("odd = name:"));
        assertFalse(Files.readString(file).contains("very-secret"));
    }

    @Test
    void listenerWritesCategoriesOnlyWhereAllureWritesResults(@TempDir Path dir) {
        String old = System.getProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY);
        try {
            System.setProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY, dir.resolve("absent").toString());
            new AllureCategoriesListener().testPlanExecutionFinished(null);
            assertFalse(Files.exists(dir.resolve("absent")), "no directory invented");
            System.setProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY, dir.toString());
            new AllureCategoriesListener().testPlanExecutionFinished(null);
            assertTrue(Files.exists(dir.resolve("categories.json")));
        } finally {
            if (old == null) {
                System.clearProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY);
            } else {
                System.setProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY, old);
            }
        }
    }

    @Test
    void runEnvironmentCarriesTheReportFacts() {
        Map<String, String> env = RunEnvironment.of(dev.airflowaks.reports.html.SampleReportsAccess.mixed());
        assertEquals("k3s (local profile)", env.get("Target"));
        assertEquals("1.15.0", env.get("Chart airflow"));
        assertEquals("Not conformant", env.get("Verdict"));
        assertEquals(List.of("Target", "Kubernetes"), List.copyOf(env.keySet()).subList(0, 2));
    }
}
