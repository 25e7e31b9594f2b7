package dev.airflowaks.cli.deploy;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.InvalidConfigException;
import dev.airflowaks.deployer.infra.ArticleImages;
import dev.airflowaks.deployer.infra.ExportLines;
import dev.airflowaks.deployer.infra.InfraBudgets;
import dev.airflowaks.deployer.infra.InfraContext;
import dev.airflowaks.deployer.infra.InfraNames;
import dev.airflowaks.deployer.infra.InfraSteps;
import dev.airflowaks.deployer.infra.Infrastructure;
import dev.airflowaks.deployer.progress.PrintingProgress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The infrastructure half of {@code plan|apply|destroy --infra}: settles the article's names (given, or generated
 * once from a stable seed or {@code --name-suffix}), builds the configuration without a kubeconfig (there is no
 * cluster yet), runs the infrastructure steps and hands the deploy half an environment that holds the names and the
 * kubeconfig just written. Bad input exits 3 before any Azure call.
 */
final class InfraRunner {

    /** The environment the deploy half resolves its configuration from, and the infrastructure. */
    record Prepared(Map<String, String> environment, Infrastructure infrastructure, Path kubeconfig,
                    DeployConfig config) {
    }

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    InfraRunner(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Empty (after printing why) when the input is bad. */
    Optional<Prepared> prepare(DeployOptionsMixin opts, InfraOptionsMixin infra) {
        Map<String, String> env = new HashMap<>();
        infra.envFile().filter(Files::exists).ifPresent(f -> env.putAll(ExpectationsResolver.readEnvFile(f)));
        env.putAll(environment);
        Map<String, String> flags = new LinkedHashMap<>(opts.flags());
        Path kubeconfig = Optional.ofNullable(flags.remove(ConfigKey.KUBECONFIG.name())).map(Path::of)
                .or(() -> Optional.ofNullable(env.get(ConfigKey.KUBECONFIG.name())).map(Path::of))
                .orElse(Path.of(System.getProperty("user.home"), ".kube", "config"));
        env.remove(ConfigKey.KUBECONFIG.name());
        Map<String, String> names;
        DeployConfig config;
        try {
            names = InfraNames.resolve(k -> Optional.ofNullable(flags.get(k)).or(() -> Optional.ofNullable(env.get(k))),
                    infra.nameSuffix());
            names.forEach(env::putIfAbsent);
            config = new ConfigResolver(env).resolve(opts.configFile(), flags);
        } catch (IllegalArgumentException e) {
            err.println("Invalid configuration, nothing was changed:");
            err.println("  - " + e.getMessage());
            return Optional.empty();
        } catch (InvalidConfigException e) {
            err.println("Invalid configuration, nothing was changed:");
            e.problems().forEach(p -> err.println("  - " + p));
            return Optional.empty();
        }
        InfraBudgets budgets = InfraBudgets.defaults();
        if (config.armEndpoint().isPresent()) {
            budgets = budgets.withPollInterval(Duration.ofMillis(100));
        }
        InfraContext ctx = new InfraContext(config, new AzureClients(config), budgets, Optional.of(kubeconfig),
                Clock.systemUTC(), new PrintingProgress(out, InfraSteps.all(new ArticleImages()).size()));
        infra.envFile().ifPresent(f -> ExportLines.merge(f, names));
        Map<String, String> deployEnv = new HashMap<>(env);
        deployEnv.put(ConfigKey.KUBECONFIG.name(), kubeconfig.toString());
        return Optional.of(new Prepared(Map.copyOf(deployEnv), new Infrastructure(ctx,
                InfraSteps.all(new ArticleImages())), kubeconfig, config));
    }
}
