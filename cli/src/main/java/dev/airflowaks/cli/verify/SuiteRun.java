package dev.airflowaks.cli.verify;

import dev.airflowaks.cli.deploy.WorkDir;
import dev.airflowaks.cli.signals.Interrupts;
import dev.airflowaks.deployer.helm.HelmSignalHandlers;
import java.util.List;
import java.util.Optional;
import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.targeting.ConnectedCluster;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.launcher.TargetPreflight;
import dev.airflowaks.reports.model.RunReport;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * What {@code run} and {@code verify} share once the request is built: the preflight (a clear error before anything
 * starts), the suite, the report files and the console summary. One place, so both commands report identically.
 */
final class SuiteRun {

    private SuiteRun() {
    }

    /** @return the exit code for the verdict */
    static int execute(CommandLine commandLine, TargetPreflight preflight, RunRequest request, Path out) {
        return execute(commandLine, preflight, request, out, Optional.empty());
    }

    /** On a cluster the command already connected to (verify's API-server check), when it did. */
    static int execute(CommandLine commandLine, TargetPreflight preflight, RunRequest request, Path out,
                       Optional<ConnectedCluster> connected) {
        TargetRequest.preflight(commandLine, preflight, request);
        return execute(commandLine, request, out, java.util.function.UnaryOperator.identity(), connected);
    }

    /** Without a preflight (the caller checked), and with {@code amend} applied to the report before it is written. */
    static int execute(CommandLine commandLine, RunRequest request, Path out,
                       java.util.function.UnaryOperator<RunReport> amend) {
        return execute(commandLine, request, out, amend, Optional.empty());
    }

    private static int execute(CommandLine commandLine, RunRequest request, Path out,
                               java.util.function.UnaryOperator<RunReport> amend,
                               Optional<ConnectedCluster> connected) {
        ReportOutput.allureResultsInto(out);
        RunReport report;
        try (Interrupts interrupts = Interrupts.install(System.err).persistent()) {
            if (request.kubeconfig().isEmpty() && List.of("twin", "k3s").contains(request.target())) {
                interrupts.reclaimAfter(SuiteRun::prepareHelmSignals);
            }
            try {
                report = connected.isPresent()
                        ? new ConformanceLauncher().run(request, interrupts.interruption(), connected.get())
                        : new ConformanceLauncher().run(request, interrupts.interruption());
            } catch (RuntimeException e) {
                if (!interrupts.requested()) {
                    throw e;
                }
                report = null;
            }
            if (interrupts.requested()) {
                var interruption = interrupts.interruption();
                commandLine.getErr().println("Interrupted by " + interruption.signal().orElseThrow()
                        + interruption.stoppedAt().map(w -> " during the suite's apply, at " + w).orElse("")
                        + "; the run stopped and no verdict was written. Run it again for a verdict.");
                return interrupts.exitCode();
            }
        }
        report = amend.apply(report);
        Path html = ReportOutput.write(report, out);
        ReportOutput.summarize(report, html, commandLine.getOut());
        return ReportOutput.exitCode(report);
    }

    /** The suite deploys with Helm in this process: let Helm take the signals now, so they can be taken back. */
    private static void prepareHelmSignals() {
        try (WorkDir dir = WorkDir.of(null)) {
            HelmSignalHandlers.installNow(dir.path());
        }
    }
}
