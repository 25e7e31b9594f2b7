package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.DeployClients;
import dev.airflowaks.deployer.DeployOptions;
import dev.airflowaks.deployer.Deployer;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.InvalidConfigException;
import dev.airflowaks.deployer.steps.ImageNotFoundException;
import dev.airflowaks.deployer.progress.PrintingProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        DeployOptions options = tune.apply(DeployOptions.defaults(workDir(opts)));
        try (DeployClients clients = DeployClients.connect(config, options.workDir())) {
            Deployer deployer = new Deployer(config, clients, options,
                    new PrintingProgress(out, dev.airflowaks.deployer.GuideSteps.all().size()));
            return action.run(deployer, config);
        } catch (ImageNotFoundException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InvalidConfigException e) {
            err.println("A value looked up from Azure is invalid:");
            e.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.FAILED;
        } catch (Exception e) {
            err.println("Failed: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            return ExitCodes.FAILED;
        }
    }

    private static Path workDir(DeployOptionsMixin opts) {
        try {
            return opts.workDir != null ? Files.createDirectories(opts.workDir)
                    : Files.createTempDirectory("airflow-aks-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
