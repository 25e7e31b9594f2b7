package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.EnvFiles;
import dev.airflowaks.fixtures.twin.EmptyTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An empty Azure twin ({@code twin start --empty}) and the infrastructure configuration apply --infra builds for it. */
final class EmptyTwinInfra implements AutoCloseable {

    final EmptyTwin twin;
    final Path kubeconfig;
    final Map<String, String> env;
    final DeployConfig config;

    EmptyTwinInfra(Path work) {
        this.kubeconfig = work.resolve("kubeconfig");
        Path envFile = work.resolve("twin.env");
        // The twin gets no --kubeconfig: the deployer fetches the cluster's from ARM (listClusterUserCredential).
        this.twin = EmptyTwin.start(TwinOptions.defaults().simulated(true).envFile(envFile));
        Map<String, String> e = new HashMap<>(EnvFiles.read(envFile));
        e.putAll(InfraNames.resolve(k -> Optional.ofNullable(e.get(k)), Optional.empty()));
        // No KUBECONFIG yet: the file exists only once step CLUSTER_CREDENTIALS has written it.
        this.env = Map.copyOf(e);
        this.config = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }

    InfraContext context(ProgressListener progress) {
        return new InfraContext(config, new AzureClients(config), new InfraBudgets(Duration.ofMinutes(3),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMillis(100)), Optional.of(kubeconfig), Clock.systemUTC(), progress);
    }

    Infrastructure infrastructure(ProgressListener progress) {
        return new Infrastructure(context(progress), InfraSteps.all(new ArticleImages()));
    }

    @Override
    public void close() {
        twin.close();
    }
}
