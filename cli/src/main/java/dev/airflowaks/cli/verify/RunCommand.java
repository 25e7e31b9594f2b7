package dev.airflowaks.cli.verify;

import dev.airflowaks.conformance.context.RunSettings;
import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.fixtures.twin.faults.Fault;
import dev.airflowaks.reports.model.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code run}: the main job. Starts the embedded twin (with {@code --fault}s switched on), applies the deploy guide
 * with the deployer, runs the suite, writes the HTML report and prints its path. Exits 0 only when the target
 * conforms. Starting and deploying is done by the suite's {@code TargetStarter} for {@code twin}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start the twin, deploy the guide, verify it and write the HTML report.",
        exitCodeOnInvalidInput = 3, exitCodeOnExecutionException = 2, exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:conformant", "1:not conformant", "2:inconclusive (broken or skipped checks)",
                "3:bad input"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--fault", description = "a twin fault to switch on (repeatable); see `twin faults`")
    List<String> faults = new ArrayList<>();

    @Option(names = "--out", defaultValue = "airflow-aks-report", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        List<String> ids = new ArrayList<>();
        for (String f : faults) {
            try {
                ids.add(Fault.parse(f).id());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fault: " + e.getMessage());
            }
        }
        RunRequest request = new RunRequest("twin", Optional.empty(), Optional.empty(), Optional.empty(),
                out.resolve("evidence"), true, Map.of());
        if (!ids.isEmpty()) {
            request = request.withParameter(RunSettings.FAULTS, String.join(",", ids));
        }
        ReportOutput.allureResultsInto(out);
        RunReport report = new ConformanceLauncher().run(request);
        Path html = ReportOutput.write(report, out);
        ReportOutput.summarize(report, html, spec.commandLine().getOut());
        return ReportOutput.exitCode(report);
    }
}
