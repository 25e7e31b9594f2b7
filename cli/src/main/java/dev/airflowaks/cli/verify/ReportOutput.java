package dev.airflowaks.cli.verify;

import dev.airflowaks.reports.html.HtmlReport;
import dev.airflowaks.reports.model.ApplySummary;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.ReportJson;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.Verdict;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's report ({@code report.json} for machines, {@code report.html} for people, rendered by the reports
 * module) and prints a short summary. The exit code is 0 only for a conformant target.
 */
final class ReportOutput {

    static final int CONFORMANT = 0;
    static final int NOT_CONFORMANT = 1;
    static final int INCONCLUSIVE = 2;

    private ReportOutput() {
    }

    /**
     * Points Allure's JUnit Platform listener (on the class path through allure-jupiter, registered by the Launcher)
     * at {@code <dir>/allure-results} instead of the current directory, unless the user chose a directory.
     */
    static void allureResultsInto(Path dir) {
        if (System.getProperty("allure.results.directory") == null) {
            System.setProperty("allure.results.directory", dir.resolve("allure-results").toAbsolutePath().toString());
        }
    }

    /** Writes both files into {@code dir} and returns the HTML path. */
    static Path write(RunReport report, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report directory " + dir, e);
        }
        new ReportJson().write(report, dir.resolve("report.json"));
        return new HtmlReport().write(report, dir.resolve("report.html"));
    }

    static void summarize(RunReport report, Path html, PrintWriter out) {
        String profile = report.environment().other().getOrDefault("profile", "");
        out.println("target " + report.target() + (profile.isEmpty() ? "" : " (profile " + profile + ")") + ": "
                + report.headline() + " (" + report.counts() + ")");
        report.applyStop().ifPresent(s -> s.lines().forEach(l -> out.println("  apply: " + l)));
        if (report.applyRefused()) {
            ApplySummary summary = report.applyStop().orElseThrow();
            out.println("  first root cause (apply refused before any change): " + summary.cause() + " → "
                    + summary.fix());
        } else {
            report.headlineCause().ifPresent(c -> out.println("  first root cause (" + c.id() + "): "
                    + c.rootCause().lines().findFirst().orElse(c.displayName())));
        }
        for (CheckResult c : report.checks()) {
            if (c.status() == Status.FAILED || c.status() == Status.BROKEN) {
                out.println(SummaryLine.of(c));
            }
        }
        out.println("production readiness: " + report.readiness());
        out.println("report: " + html.toAbsolutePath());
        out.flush();
    }

    static int exitCode(RunReport report) {
        return report.verdict() == Verdict.CONFORMANT ? CONFORMANT
                : report.verdict() == Verdict.NOT_CONFORMANT ? NOT_CONFORMANT : INCONCLUSIVE;
    }
}
