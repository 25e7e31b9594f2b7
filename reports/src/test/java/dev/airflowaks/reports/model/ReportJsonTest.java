package dev.airflowaks.reports.model;

import dev.airflowaks.guide.GuideStepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    private final ReportJson json = new ReportJson();

    static RunReport sample() {
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        CheckResult passed = CheckResult.builder("namespace-active", GuideStepId.NAMESPACE)
                .displayName("Namespace airflow exists and is Active").duration(Duration.ofMillis(12)).build();
        CheckResult failed = CheckResult.builder("federated-credential", GuideStepId.FEDERATED_CREDENTIAL)
                .status(Status.FAILED).expected("system:serviceaccount:airflow:airflow")
                .actual("system:serviceaccount:airflow:wrong").rootCause("subject mismatch")
                .fixHint("redo step 'federated credential'").evidence(Evidence.yaml("fic.yaml", "subject: x")).build();
        return new RunReport("run-1", start, start.plusSeconds(17), "twin",
                new EnvironmentFacts("v1.32.3", Map.of("airflow", "1.15.0"), "external-secrets.io/v1beta1", Map.of()),
                List.of(passed, failed), List.of(new TimelineEntry("scheduler", Duration.ofMillis(2300), true)),
                List.of(new Grade("Scheduler replicas >= 2", Grade.Level.WARN, "1 replica")));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) {
        RunReport report = sample();
        Path file = dir.resolve("sub/run.json");
        json.write(report, file);
        assertEquals(report, json.read(file));
    }

    @Test
    void writesIsoTimesAndTheDerivedVerdicts() {
        String text = json.toJson(sample());
        assertTrue(text.contains("\"startedAt\" : \"2026-11-27T10:00:00Z\""), text);
        assertTrue(text.contains("\"PT2.3S\""), text);
        assertTrue(text.contains("\"verdict\" : \"NOT_CONFORMANT\""), text);
        assertTrue(text.contains("\"readiness\" : \"WARN\""), text);
        assertTrue(text.contains("\"headline\" : \"Not conformant\""), text);
        assertTrue(text.contains("\"substituted\" : 0"), text);
    }

    @Test
    void rejectsSomethingElseWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.fromJson("{\"runId\": 3"));
        assertTrue(e.getMessage().startsWith("not a run report"), e.getMessage());
    }
}
