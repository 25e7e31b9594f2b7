package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.targeting.ConnectedCluster;
import dev.airflowaks.conformance.targeting.RunSettings;

import dev.airflowaks.conformance.webui.TargetUi;

import dev.airflowaks.conformance.azure.AzureSdkReader;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.conformance.targeting.TargetSelector;
import dev.airflowaks.conformance.targeting.TargetStarter;
import dev.airflowaks.conformance.targeting.UnavailableTargetStarter;
import dev.airflowaks.conformance.wait.ReadinessGate;
import dev.airflowaks.conformance.wait.Watched;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The per-run state kept in the JUnit root store: the target, its client and the {@link ConformanceContext}. It is
 * created once, on first use by any check class or condition, runs the readiness gate, and is closed by JUnit when
 * the run ends. A failure to open is remembered and rethrown for every class, so the target is not started twice.
 */
public final class RunState implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunState.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunState.class);

    private final Target target;
    private final KubernetesClient client;
    private final ConformanceContext context;
    private final Path evidenceDir;

    private RunState(Target target, KubernetesClient client, ConformanceContext context, Path evidenceDir) {
        this.target = target;
        this.client = client;
        this.context = context;
        this.evidenceDir = evidenceDir;
    }

    /** The run's state, opening it on first use; rethrows the opening failure on later uses. */
    public static RunState of(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Object value = store.getOrComputeIfAbsent("state", k -> {
            try {
                RunState opened = open(RunSettings.from(context::getConfigurationParameter), interruption(context),
                        connected(context));
                try {
                    RunFacts.publish(opened.context, context::publishReportEntry);
                } catch (RuntimeException e) {
                    LOG.warn("could not publish the run's facts: {}", e.toString());
                }
                return opened;
            } catch (RuntimeException e) {
                return new FailedOpen(e);
            }
        });
        if (value instanceof FailedOpen failed) {
            throw failed.error();
        }
        return (RunState) value;
    }

    /** The state if a run opened one (for evidence collection that must not start a target). */
    public static java.util.Optional<RunState> ifOpen(ExtensionContext context) {
        Object value = context.getRoot().getStore(NAMESPACE).get("state");
        return value instanceof RunState s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    private record FailedOpen(RuntimeException error) {
    }

    /**
     * What the Azure-side checks connect with: the target's variables, then the {@code --env-file}, then the
     * process environment. The env file used to feed only the cluster side, so {@code verify --env-file E --azure}
     * failed with "TENANT_ID is not set" unless E was also exported.
     */
    static Map<String, String> azureEnvironment(Map<String, String> targetEnvironment, Map<String, String> process,
                                                java.util.Optional<java.nio.file.Path> envFile) {
        Map<String, String> env = new TreeMap<>(targetEnvironment);
        env.putAll(dev.airflowaks.conformance.targeting.UserEnvironment.of(process, envFile));
        process.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                env.put(k, v);
            }
        });
        return env;
    }

    /**
     * The launching command's interruption, from the launcher session's store ({@link RunSettings#INTERRUPTION}); a
     * run under Maven has none.
     */
    static Interruption interruption(ExtensionContext context) {
        Interruption i = context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION,
                ExtensionContext.Namespace.create(RunSettings.INTERRUPTION))
                .get(RunSettings.INTERRUPTION, Interruption.class);
        return i == null ? Interruption.none() : i;
    }

    /** The launching command's connected cluster ({@link RunSettings#CONNECTED}), if it made one. */
    static Optional<ConnectedCluster> connected(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION,
                ExtensionContext.Namespace.create(RunSettings.CONNECTED))
                .get(RunSettings.CONNECTED, ConnectedCluster.class));
    }

    static RunState open(RunSettings settings) {
        return open(settings, Interruption.none(), Optional.empty());
    }

    static RunState open(RunSettings settings, Interruption interruption,
                         Optional<ConnectedCluster> connected) {
        TargetStarter starter = ServiceLoader.load(TargetStarter.class).findFirst()
                .orElseGet(UnavailableTargetStarter::new);
        Target target = new TargetSelector(starter).select(settings, interruption);
        try {
            Expectations expect = new ExpectationsResolver(System.getenv())
                    .resolve(settings.envFile(), target.environment());
            KubernetesClient client = connected.filter(c -> c.serves(target.kubeconfig()))
                    .map(ConnectedCluster::client).orElseGet(() -> client(target.kubeconfig()));
            RunProfile profile = RunProfile.declaredBy(target.environment()).or(settings::profile)
                    .orElse(RunProfile.GUIDE);
            ConformanceContext.Builder builder = ConformanceContext.builder(client, expect)
                    .target(target.name()).profile(profile).capabilities(target.capabilities())
                    .uiRequestBudget(settings.budgets().of(dev.airflowaks.conformance.wait.WaitBudget.UI_REQUEST))
                    .applyOutcome(target.environment().get(TargetStarter.APPLY_OUTCOME))
                    .deviations(target.environment().get(TargetStarter.DEVIATIONS));
            if (target instanceof TargetUi ui) {
                ui.webserver(client, settings.budgets().of(dev.airflowaks.conformance.wait.WaitBudget.UI_REQUEST))
                        .ifPresent(builder::webserver);
            }
            if (profile.restrict(target.capabilities()).contains(Capability.AZURE)) {
                builder.azure(AzureSdkReader.connect(azureEnvironment(target.environment(), System.getenv(),
                        settings.envFile()), expect));
            }
            ConformanceContext context = builder.build();
            LOG.info("conformance run on target {} ({}), profile {}, capabilities {}, expectations {}",
                    target.name(), target.kubeconfig(), profile.id(), context.capabilities(), expect.asMap());
            if (settings.readinessGate()) {
                new ReadinessGate(client, expect.namespace(), settings.budgets(), Clock.systemUTC(),
                        settings.waitAll() ? ReadinessGate.waitAll()
                                : ReadinessGate.terminalCauses(client, expect.namespace()))
                        .await(Watched.guideComponents(), context.timeline());
            }
            return new RunState(target, client, context, settings.evidenceDir());
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    static KubernetesClient client(Path kubeconfig) {
        try {
            Config config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
            return new KubernetesClientBuilder().withConfig(config).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
        }
    }

    public String targetName() {
        return target.name();
    }

    public Target target() {
        return target;
    }

    public ConformanceContext context() {
        return context;
    }

    public Path evidenceDir() {
        return evidenceDir;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            target.close();
        }
    }
}
