package dev.airflowaks.conformance.target;

import dev.airflowaks.fixtures.targets.Capability;
import dev.airflowaks.fixtures.targets.Target;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A target the suite started and deployed the guide onto: the target, plus what the deployer resolved (defaults,
 * derived values) in its environment, so the expectations are exactly what was deployed. Closing it stops the target
 * and deletes the deployment's work directory.
 */
final class DeployedTarget implements Target {

    private final Target target;
    private final Map<String, String> environment;
    private final TempWorkDir workDir;

    DeployedTarget(Target target, Map<String, String> resolved, TempWorkDir workDir) {
        this.target = target;
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
    public void close() {
        try {
            target.close();
        } finally {
            workDir.close();
        }
    }
}
