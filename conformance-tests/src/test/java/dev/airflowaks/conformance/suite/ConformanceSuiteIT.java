package dev.airflowaks.conformance.suite;

import dev.airflowaks.conformance.context.RunSettings;
import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.target.TargetStarter;
import dev.airflowaks.reports.html.HtmlReport;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.ReportJson;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@code mvn verify} runs: the whole conformance suite, through the same launcher as {@code airflow-aks verify},
 * against {@code -Dconformance.target} (default {@code twin}, started and deployed by the suite's TargetStarter) or
 * against {@code -Dconformance.kubeconfig}. The report is written to {@code target/conformance/}. When no target can
 * be started here, the run is reported as skipped with the reason, never as passed.
 */
class ConformanceSuiteIT {

    @Test
    void theTargetConformsToTheGuide() throws IOException {
        String target = System.getProperty(RunSettings.TARGET, "twin");
        Optional<Path> kubeconfig = Optional.ofNullable(System.getProperty(RunSettings.KUBECONFIG)).map(Path::of);
        boolean startable = ServiceLoader.load(TargetStarter.class).findFirst().isPresent();
        assumeTrue(kubeconfig.isPresent() || startable || "aks".equals(target), "target " + target
                + " cannot be started from this build: no TargetStarter (twin + deployer) is on the class path yet;"
                + " pass -D" + RunSettings.KUBECONFIG + "=FILE to verify a running cluster");
        Path out = Path.of(System.getProperty("conformance.report.dir", "target/conformance"));
        Map<String, String> extra = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("conformance.") && !k.equals(RunSettings.TARGET)
                        && !k.equals(RunSettings.KUBECONFIG))
                .forEach(k -> extra.put(k, System.getProperty(k)));
        RunRequest request = new RunRequest(target, kubeconfig, Optional.empty(), Optional.empty(),
                out.resolve("evidence"), true, extra);
        RunReport report = new ConformanceLauncher().run(request);
        Files.createDirectories(out);
        new ReportJson().write(report, out.resolve("report.json"));
        Path html = new HtmlReport().write(report, out.resolve("report.html"));
        String problems = report.checks().stream().filter(c -> c.status().name().matches("FAILED|BROKEN"))
                .map(c -> c.id() + " " + c.status() + ": " + (c.rootCause().isEmpty() ? c.actual() : c.rootCause()))
                .collect(Collectors.joining("\n"));
        assertEquals(Verdict.CONFORMANT, report.verdict(), "report " + html.toAbsolutePath() + "\n" + problems
                + "\n" + report.counts() + " " + report.checks().stream().map(CheckResult::id).count() + " checks");
    }
}
