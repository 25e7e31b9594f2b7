package dev.airflowaks.cli.deploy;

import dev.airflowaks.cli.signals.Interrupts;
import dev.airflowaks.deployer.DeployClients;
import dev.airflowaks.deployer.DeployOptions;
import dev.airflowaks.deployer.Deployer;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.HelmSignalHandlers;
import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.kube.ApiServerCheck;
import dev.airflowaks.deployer.kube.ClusterAccessException;
import dev.airflowaks.deployer.config.InvalidConfigException;
import dev.airflowaks.deployer.steps.ImageNotFoundException;
import dev.airflowaks.deployer.progress.PrintingProgress;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The common path of the deploy commands: resolve and validate the configuration (bad input exits before any
 * client exists), connect, run the command's action, map exceptions to exit codes. Never prints a secret: the
 * configuration is shown only through its masked {@code describe()}.
 */
final class DeployRunner {

    /** What a command does with a connected deployer; returns the exit code. */
    interface Action {
        int run(Deployer deployer, DeployConfig config) throws Exception;
    }

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    DeployRunner(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(DeployOptionsMixin opts, Function<DeployOptions, DeployOptions> tune, Action action) {
        DeployConfig config;
        try {
            config = new ConfigResolver(environment).resolve(opts.configFile(), opts.flags());
        } catch (InvalidConfigException e) {
            err.println("Invalid configuration, nothing was changed:");
            e.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.BAD_INPUT;
        }
        KubernetesClient kube;
        try {
            kube = new ApiServerCheck(config.kubeconfig(), refreshCommand(config)).connect();
        } catch (ClusterAccessException e) {
            err.println("Cannot use the cluster, nothing was changed:");
            err.println("  - " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (kube; WorkDir work = WorkDir.of(opts.workDir); Interrupts interrupts = Interrupts.install(err)) {
            interrupts.reclaimAfter(() -> HelmSignalHandlers.installNow(work.path()));
            DeployOptions options = tune.apply(DeployOptions.defaults(work.path()));
            int code = connectAndRun(config, kube, options, interrupts, action);
            if (interrupts.requested()) {
                var interruption = interrupts.interruption();
                err.println("Interrupted by " + interruption.signal().orElseThrow() + interruption.stoppedAt()
                        .map(w -> " at " + w).orElse("") + "; stopped, nothing was undone. " + interruption.firstRun()
                        .map(c -> "Run '" + c + "' first, then the same command again to resume")
                        .orElse("Run the same command again to resume") + " (apply resumes at the step it stopped "
                        + "at), or destroy to remove what was made.");
                return interrupts.exitCode();
            }
            return code;
        }
    }

    private int connectAndRun(DeployConfig config, KubernetesClient kube, DeployOptions options, Interrupts interrupts,
                              Action action) {
        try (DeployClients clients = DeployClients.connect(config, options.workDir(), kube)) {
            Deployer deployer = new Deployer(config, clients, options,
                    new PrintingProgress(out, dev.airflowaks.deployer.GuideSteps.all().size()),
                    interrupts.interruption());
            return action.run(deployer, config);
        } catch (ImageNotFoundException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InvalidConfigException e) {
            err.println("A value looked up from Azure is invalid:");
            e.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.FAILED;
        } catch (Exception e) {
            if (!interrupts.requested()) {
                err.println("Failed: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            }
            return ExitCodes.FAILED;
        }
    }

    /** What writes fresh credentials: {@code az aks get-credentials} for the guide's AKS cluster. */
    static String refreshCommand(DeployConfig config) {
        if (config.profile() == Profile.LOCAL) {
            return "k3s kubectl config view --raw";
        }
        return "az aks get-credentials --resource-group " + config.resourceGroup() + " --name "
                + config.clusterName();
    }

}
