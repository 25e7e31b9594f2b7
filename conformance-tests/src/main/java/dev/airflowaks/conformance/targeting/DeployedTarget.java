package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.webui.FallbackWebserver;
import dev.airflowaks.conformance.webui.TargetUi;
import dev.airflowaks.conformance.webui.WebserverAccess;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.ui.FallbackUiAccess;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;

/**
 * A target the suite started and deployed the guide onto: the target, plus what the deployer resolved (defaults,
 * derived values) in its environment, so the expectations are exactly what was deployed, and its own way to the UI
 * when it has one. Closing it stops the target and deletes the deployment's work directory.
 */
final class DeployedTarget implements Target, TargetUi {

    private final Target target;
    private final Map<String, String> environment;
    private final TempWorkDir workDir;
    private final Optional<Function<KubernetesClient, FallbackUiAccess>> ui;

    /** @param ui the target's own way to the UI (k3s: port-forward, then NodePort), if it has one */
    DeployedTarget(Target target, Map<String, String> resolved, TempWorkDir workDir,
                   Optional<Function<KubernetesClient, FallbackUiAccess>> ui) {
        this.target = target;
        this.ui = ui;
        Map<String, String> env = new TreeMap<>(resolved);
        env.putAll(target.environment());
        this.environment = Map.copyOf(env);
        this.workDir = workDir;
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public Path kubeconfig() {
        return target.kubeconfig();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Set<Capability> capabilities() {
        return target.capabilities();
    }

    @Override
    public Optional<WebserverAccess> webserver(KubernetesClient client, Duration requestTimeout) {
        return ui.map(u -> new FallbackWebserver(u.apply(client), requestTimeout));
    }

    @Override
    public void close() {
        try {
            target.close();
        } finally {
            workDir.close();
        }
    }
}
