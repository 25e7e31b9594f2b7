package dev.airflowaks.cli.verify;

import dev.airflowaks.cli.deploy.ExitCodes;
import dev.airflowaks.conformance.targeting.ConnectedCluster;
import dev.airflowaks.deployer.kube.ApiServerCheck;
import dev.airflowaks.deployer.kube.ClusterAccessException;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.launcher.TargetPreflight;
import dev.airflowaks.conformance.wait.WaitBudget;
import dev.airflowaks.targets.Capability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code verify}: runs the conformance suite against a running cluster through the JUnit Platform Launcher and
 * writes the report. Nothing is started or changed on the target; Azure is read only with {@code --azure}. With
 * {@code --target aks} the cluster is the AKS cluster the guide's variables name (kubeconfig from {@code --kubeconfig},
 * {@code AIRFLOW_AKS_KUBECONFIG} or ARM) and Azure is read; {@code --target twin|k3s} starts that target and deploys the
 * guide first, like {@code run}.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prove that a running cluster matches the guide; writes report.json and report.html.",
        exitCodeOnInvalidInput = 3, exitCodeOnExecutionException = 2, exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:conformant", "1:not conformant", "2:inconclusive (broken or skipped checks)",
                "3:bad input"})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kubeconfig", description = "kubeconfig file of the target cluster (required without "
            + "--target; optional with --target aks)")
    Path kubeconfig;

    @Option(names = "--target", description = "twin, k3s or aks instead of a plain kubeconfig cluster")
    String target;

    @Option(names = "--profile", description = "guide (default) or local: what the cluster runs (twin: what to deploy)")
    String profile;

    @Option(names = "--azure", description = "also read Azure (identity, federated credential, access policy, "
            + "storage, vault hashes) with the AZURE_* variables")
    boolean azure;

    @Option(names = "--capability", description = "further capabilities the target has: ${COMPLETION-CANDIDATES}")
    List<Capability> capabilities = List.of();

    @Option(names = "--env-file", description = "file of KEY=VALUE lines with the guide's variables "
            + "(AKS_AIRFLOW_NAMESPACE, MY_IDENTITY_NAME_CLIENT_ID, ...)")
    Path envFile;

    @Option(names = "--out", defaultValue = "airflow-aks-report", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--no-readiness-gate", description = "judge the cluster as it is, without waiting for components")
    boolean noGate;

    @Option(names = "--wait-all", description = "wait out every readiness budget instead of stopping on a terminal "
            + "cause (an image not found, a PVC that can never bind, ...)")
    boolean waitAll;

    @Option(names = "--budget", description = "wait budget override, e.g. airflow-pod-ready=PT2M")
    Map<String, Duration> budgets = new LinkedHashMap<>();

    private final TargetPreflight preflight;

    public VerifyCommand() {
        this(TargetPreflight.system());
    }

    /** With a given preflight (tests decide whether Docker is there and what the environment holds). */
    public VerifyCommand(TargetPreflight preflight) {
        this.preflight = preflight;
    }

    @Override
    public Integer call() {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        caps.addAll(capabilities);
        if (azure) {
            caps.add(Capability.AZURE);
        }
        RunRequest request = target != null ? TargetRequest.build(spec.commandLine(), target, kubeconfig, envFile,
                profile, caps.isEmpty() ? Optional.empty() : Optional.of(caps), out.resolve("evidence"), !noGate)
                : kubeconfigRequest(caps);
        Optional<ConnectedCluster> connected = Optional.empty();
        if (target == null) {
            try {
                connected = Optional.of(new ConnectedCluster(kubeconfig,
                        new ApiServerCheck(kubeconfig, refreshCommand()).connect()));
            } catch (ClusterAccessException e) {
                spec.commandLine().getErr().println("Cannot use the cluster, nothing was checked:");
                spec.commandLine().getErr().println("  - " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        for (var b : budgets.entrySet()) {
            request = request.withParameter(budgetProperty(b.getKey()), b.getValue().toString());
        }
        if (waitAll) {
            request = request.withParameter(RunSettings.WAIT_ALL, "true");
        }
        try {
            return SuiteRun.execute(spec.commandLine(), preflight, request, out, connected);
        } finally {
            connected.ifPresent(c -> c.client().close());
        }
    }

    /** Without {@code --target}: the cluster of {@code --kubeconfig}, judged with the declared capabilities. */
    private RunRequest kubeconfigRequest(Set<Capability> caps) {
        if (kubeconfig == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kubeconfig FILE is required (or "
                    + "--target twin|k3s|aks)");
        }
        if (!Files.isRegularFile(kubeconfig)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kubeconfig " + kubeconfig
                    + " does not exist or is not a file");
        }
        if (envFile != null && !Files.isRegularFile(envFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--env-file " + envFile + " does not exist");
        }
        RunRequest request = RunRequest.kubeconfig(kubeconfig, caps, out.resolve("evidence"));
        if (envFile != null) {
            request = request.withEnvFile(envFile);
        }
        request = new RunRequest(request.target(), request.kubeconfig(), request.envFile(), request.capabilities(),
                request.evidenceDir(), !noGate, request.extraParameters());
        return profile == null ? request : request.withParameter(RunSettings.PROFILE, profile);
    }

    /** {@code az aks get-credentials} for the cluster the env file (or the environment) names. */
    private String refreshCommand() {
        java.util.Map<String, String> vars = new java.util.HashMap<>(System.getenv());
        if (envFile != null) {
            vars.putAll(ExpectationsResolver.readEnvFile(envFile));
        }
        return "az aks get-credentials --resource-group " + vars.getOrDefault("MY_RESOURCE_GROUP_NAME",
                "<resource group>") + " --name " + vars.getOrDefault("MY_CLUSTER_NAME", "<cluster>");
    }

    private String budgetProperty(String id) {
        for (WaitBudget b : WaitBudget.values()) {
            if (b.id().equals(id)) {
                return b.property();
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--budget: unknown budget '" + id
                + "'; valid: " + java.util.Arrays.stream(WaitBudget.values()).map(WaitBudget::id).toList());
    }
}
