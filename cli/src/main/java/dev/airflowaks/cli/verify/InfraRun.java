package dev.airflowaks.cli.verify;

import dev.airflowaks.cli.deploy.InfraApply;
import dev.airflowaks.cli.deploy.WorkDir;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.fixtures.twin.EmptyTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.reports.model.RunReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine;

/**
 * {@code run --infra}: the whole setup on a twin that starts with only a subscription and a tenant (as
 * {@code twin start --empty}): {@code apply --infra} creates the infrastructure article's resources and the cluster
 * (its kubeconfig from ARM), deploys the guide, then the suite verifies the cluster and Azure, and the report's
 * guide-step matrix gets one row per infrastructure step ({@link InfraStepRows}). When the infrastructure fails, the
 * report holds its rows only: nothing was deployed to verify. The user's shell is never read for the twin.
 */
final class InfraRun {

    /** What the cluster the empty twin creates offers, as the seeded twin's cluster does. */
    static final EnumSet<Capability> CAPABILITIES = EnumSet.of(Capability.AZURE, Capability.BLOB_CSI,
            Capability.ACR_IMAGES, Capability.WORKLOAD_IDENTITY);
    static final String TARGET = "twin-infra";

    private final CommandLine commandLine;
    private final Map<String, String> processEnvironment;

    InfraRun(CommandLine commandLine, Map<String, String> processEnvironment) {
        this.commandLine = commandLine;
        this.processEnvironment = processEnvironment;
    }

    /** @return the exit code for the verdict */
    int run(Path out, boolean verbatim) {
        refuseShellSettings();
        try (WorkDir workDir = WorkDir.of(null)) {
            Path work = workDir.path();
            Path envFile = work.resolve("twin.env");
            Path kubeconfig = work.resolve("kubeconfig");
            Instant started = Instant.now();
            try (EmptyTwin twin = EmptyTwin.start(TwinOptions.defaults().simulated(true)
                    .kubeconfig(work.resolve("twin-kubeconfig")).envFile(envFile))) {
                Path charts = TestCharts.extract(work.resolve("charts"));
                List<String> args = new ArrayList<>(List.of("--env-file", envFile.toString(),
                        "--kubeconfig", kubeconfig.toString(), "--eso-chart", TestCharts.eso(charts).toString(),
                        "--airflow-chart", TestCharts.airflow(charts).toString(),
                        "--work-dir", work.resolve("deploy").toString()));
                if (verbatim) {
                    args.add("--verbatim");
                }
                InfraApply.Outcome applied = InfraApply.run(ExpectationsResolver.readEnvFile(envFile), args);
                List<CheckResult> rows = InfraStepRows.of(applied.infra()
                        .map(r -> r.outcomes()).orElse(List.of()));
                boolean infraDone = applied.infra().map(r -> r.succeeded()).orElse(false);
                if (!infraDone) {
                    RunReport report = new RunReport(UUID.randomUUID().toString(), started, Instant.now(), TARGET,
                            EnvironmentFacts.unknown(), rows, List.of(), List.of());
                    Path html = ReportOutput.write(report, out);
                    ReportOutput.summarize(report, html, commandLine.getOut());
                    return ReportOutput.exitCode(report);
                }
                RunRequest request = new RunRequest("kubeconfig", Optional.of(kubeconfig), Optional.of(envFile),
                        Optional.of(CAPABILITIES), out.resolve("evidence"), true, Map.of());
                return SuiteRun.execute(commandLine, request, out, report -> withRows(report, rows));
            }
        }
    }

    /** The infrastructure rows first, as the articles are ordered; the target named as the run made it. */
    static RunReport withRows(RunReport report, List<CheckResult> rows) {
        List<CheckResult> checks = new ArrayList<>(rows);
        checks.addAll(report.checks());
        return new RunReport(report.runId(), report.startedAt(), report.finishedAt(), TARGET,
                report.environment(), checks, report.timeline(), report.grades());
    }

    /**
     * The suite lets the process environment win over the twin's env file (as {@code verify} must), so a shell that
     * holds Azure or guide variables would point the checks at another subscription or cluster: bad input, before
     * anything starts.
     */
    void refuseShellSettings() {
        List<String> set = processEnvironment.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(Map.Entry::getKey)
                .filter(k -> k.startsWith("AZURE_") || ConfigKey.byName(k).isPresent() || ExpectationsResolver.isKnown(k))
                .sorted().toList();
        if (!set.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "--infra runs on its own empty twin, but the "
                    + "environment sets " + set + ", which would point the checks elsewhere; unset them (for "
                    + "example: env -u " + set.get(0) + " ...) or run without --infra");
        }
    }
}
