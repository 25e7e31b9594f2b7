package dev.airflowaks.conformance.targeting;

import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A running cluster the suite did not start, reached through a kubeconfig file: what {@code verify --kubeconfig}
 * judges ({@code -Dconformance.target=aks} uses the fixtures' AKS target instead). Its capabilities are declared by the
 * caller, because only the caller knows whether Azure is readable from here.
 */
public final class KubeconfigTarget implements Target {

    private final String name;
    private final Path kubeconfig;
    private final Set<Capability> capabilities;

    public KubeconfigTarget(String name, Path kubeconfig, Set<Capability> capabilities) {
        if (!Files.isRegularFile(kubeconfig)) {
            throw new IllegalArgumentException("kubeconfig " + kubeconfig + " does not exist or is not a file");
        }
        this.name = name;
        this.kubeconfig = kubeconfig;
        this.capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path kubeconfig() {
        return kubeconfig;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
