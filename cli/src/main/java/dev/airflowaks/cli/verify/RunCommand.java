package dev.airflowaks.cli.verify;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.launcher.TargetPreflight;
import dev.airflowaks.targets.faults.Fault;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code run}: the main job. Starts the embedded twin (with {@code --fault}s switched on, in the guide's or the local
 * {@code --profile}), applies the deploy guide with the deployer, runs the suite, writes the HTML report and prints its
 * path. {@code --target k3s} does the same on a k3s container (local profile, Docker needed); {@code --target aks}
 * verifies an AKS cluster that {@code apply} deployed. {@code --infra} starts from an empty twin and creates the
 * infrastructure first ({@link InfraRun}). Exits 0 only when the target conforms. Starting and deploying is
 * done by the suite's {@code TargetStarter}, exactly as {@code mvn verify -Dconformance.target=...}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start the twin (or k3s), deploy the guide, verify it and write the HTML report.",
        exitCodeOnInvalidInput = 3, exitCodeOnExecutionException = 2, exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:conformant", "1:not conformant", "2:inconclusive (broken or skipped checks)",
                "3:bad input"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", defaultValue = "twin", description = "twin (default), k3s (needs Docker; local "
            + "profile) or aks (verifies the cluster the guide's variables name)")
    String target;

    @Option(names = "--profile", description = "guide (default) or local: the profile deployed onto the twin")
    String profile;

    @Option(names = "--kubeconfig", description = "--target aks only: kubeconfig file instead of ARM's "
            + "(or AIRFLOW_AKS_KUBECONFIG)")
    Path kubeconfig;

    @Option(names = "--env-file", description = "file of KEY=VALUE lines with the guide's variables (k3s, aks)")
    Path envFile;

    @Option(names = "--fault", description = "a twin fault to switch on (repeatable); see `twin faults`")
    List<String> faults = new ArrayList<>();

    @Option(names = "--wait-all", description = "verify: wait out every readiness budget instead of stopping on a "
            + "terminal cause")
    boolean waitAll;

    @Option(names = "--verbatim", description = "twin only: deploy the guide exactly as published, without the "
            + "deviations airflow-aks makes where the world moved on; shows what the published guide does today")
    boolean verbatim;

    @Option(names = "--infra", description = "twin only: start from an empty subscription (as twin start --empty), "
            + "create the infrastructure article's resources and cluster (apply --infra), deploy, verify; the "
            + "report's guide-step matrix then covers both articles")
    boolean infra;

    @Option(names = "--out", defaultValue = "airflow-aks-report", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out;

    private final TargetPreflight preflight;

    public RunCommand() {
        this(TargetPreflight.system());
    }

    /** With a given preflight (tests decide whether Docker is there and what the environment holds). */
    public RunCommand(TargetPreflight preflight) {
        this.preflight = preflight;
    }

    @Override
    public Integer call() {
        if (infra) {
            refuseWithInfra();
            return new InfraRun(spec.commandLine(), System.getenv()).run(out, verbatim);
        }
        List<String> ids = new ArrayList<>();
        for (String f : faults) {
            try {
                ids.add(Fault.parse(f).id());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fault: " + e.getMessage());
            }
        }
        RunRequest request = TargetRequest.build(spec.commandLine(), target, kubeconfig, envFile, profile,
                Optional.empty(), out.resolve("evidence"), true);
        if (!ids.isEmpty()) {
            if (!"twin".equals(request.target())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fault switches on a twin fault; it "
                        + "does not fit --target " + request.target());
            }
            request = request.withParameter(RunSettings.FAULTS, String.join(",", ids));
        }
        if (waitAll) {
            request = request.withParameter(RunSettings.WAIT_ALL, "true");
        }
        if (verbatim) {
            if (!"twin".equals(request.target())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--verbatim deploys the guide onto the "
                        + "twin; it does not fit --target " + request.target());
            }
            request = request.withParameter(RunSettings.VERBATIM, "true");
        }
        return SuiteRun.execute(spec.commandLine(), preflight, request, out);
    }

    /** {@code --infra} starts its own empty twin and takes its settings from it: other choices do not fit. */
    private void refuseWithInfra() {
        String clash = !"twin".equals(target.strip()) ? "--target " + target : kubeconfig != null ? "--kubeconfig"
                : envFile != null ? "--env-file" : !faults.isEmpty() ? "--fault" : profile != null ? "--profile" : null;
        if (clash != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), clash + " does not fit --infra: --infra "
                    + "starts its own empty twin and deploys the guide profile onto the cluster it creates; drop "
                    + clash);
        }
    }
}
