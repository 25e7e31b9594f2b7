package dev.airflowaks.conformance.target;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.deployer.ApplyResult;
import dev.airflowaks.deployer.DeployClients;
import dev.airflowaks.deployer.DeployOptions;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.deployer.Deployer;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.targets.Target;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.faults.FaultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's own target: starts the embedded twin (simulated cluster + Azure endpoints, with the requested faults),
 * then applies the deploy guide to it with the deployer and the offline test charts, exactly as a user's
 * {@code twin start} + {@code apply} would. Apply runs with keep-on-failure, because a fault may make it fail and the
 * suite must judge what is left, not an undone cluster. The user's own KUBECONFIG and Azure variables are never read.
 */
public final class TwinTargetStarter implements TargetStarter {

    private static final Logger LOG = LoggerFactory.getLogger(TwinTargetStarter.class);
    /** The deployer's step id of "Deploy Apache Airflow on AKS" (helm install airflow). */
    static final String AIRFLOW_RELEASE_STEP = "10";

    @Override
    public Target startTwin(FaultSet faults) {
        Path work = tempDir();
        EmbeddedTwin twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).faults(faults)
                .kubeconfig(work.resolve("kubeconfig")).envFile(work.resolve("twin.env")));
        try {
            Map<String, String> env = new HashMap<>(ExpectationsResolver.readEnvFile(work.resolve("twin.env")));
            Path charts = TestCharts.extract(work.resolve("charts"));
            Map<String, String> deployEnv = new HashMap<>(env);
            deployEnv.put("KUBECONFIG", twin.kubeconfig().toString());
            deployEnv.put("AIRFLOW_AKS_ESO_CHART", TestCharts.eso(charts).toString());
            deployEnv.put("AIRFLOW_AKS_AIRFLOW_CHART", TestCharts.airflow(charts).toString());
            DeployConfig config = new ConfigResolver(deployEnv).resolve(Optional.empty(), Map.of());
            try (DeployClients clients = DeployClients.connect(config, work)) {
                // the deployer's last step only waits for readiness; the suite's own gate does that, with stuck
                // detection, per-kind budgets and the timeline, so apply stops after the Airflow release
                Deployer deployer = new Deployer(config, clients, DeployOptions.defaults(work.resolve("deploy"))
                        .withKeepOnFailure(true).withStopAfterStep(AIRFLOW_RELEASE_STEP).withBudgets(TWIN_BUDGETS),
                        new LoggingProgress());
                ApplyResult result = deployer.apply();
                if (!result.succeeded()) {
                    LOG.warn("apply did not complete on the twin (faults {}); the suite judges what was deployed",
                            faults);
                }
                env.putAll(nonSecret(deployer.resolvedConfig()));
            }
            return new TwinTarget(twin, env, work);
        } catch (RuntimeException e) {
            twin.close();
            throw e;
        }
    }

    /**
     * The healthy guide is Ready on the twin within seconds, so a Helm hook or workload still waiting after a minute
     * is stuck on a fault; waiting out a real cluster's ten minutes would only delay the verdict.
     */
    static final Budgets TWIN_BUDGETS = new Budgets(Duration.ofSeconds(60), Duration.ofSeconds(60),
            Duration.ofSeconds(30));

    /** The guide's variables the deployer derived (client id, tenant, OIDC issuer), for the expectations. */
    private static Map<String, String> nonSecret(DeployConfig config) {
        Map<String, String> out = new HashMap<>();
        for (var key : dev.airflowaks.deployer.config.ConfigKey.values()) {
            if (!key.name().startsWith("AZURE_") && !key.name().startsWith("AIRFLOW_AKS_")) {
                config.value(key).ifPresent(v -> out.put(key.name(), v));
            }
        }
        return out;
    }

    @Override
    public Target startK3s() {
        return new UnavailableTargetStarter().startK3s();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("airflow-aks-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory for the twin", e);
        }
    }
}
