package dev.airflowaks.conformance.target;

import dev.airflowaks.conformance.context.RunSettings;
import dev.airflowaks.fixtures.targets.Capability;
import dev.airflowaks.fixtures.targets.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code -Dconformance.target=twin|k3s|aks} (plus an optional kubeconfig) into a {@link Target}. An explicit
 * kubeconfig always wins: the suite then judges that cluster and starts nothing.
 */
public final class TargetSelector {

    private final TargetStarter starter;

    public TargetSelector(TargetStarter starter) {
        this.starter = starter;
    }

    public Target select(RunSettings settings) {
        if (settings.kubeconfig().isPresent()) {
            Set<Capability> caps = settings.capabilities().orElse(defaultCapabilities(settings.target()));
            return new KubeconfigTarget(settings.target(), settings.kubeconfig().get(), caps);
        }
        return switch (settings.target()) {
            case "twin" -> starter.startTwin(settings.faults());
            case "k3s" -> starter.startK3s();
            case "aks", "kubeconfig" -> new KubeconfigTarget(settings.target(), defaultKubeconfig()
                    .orElseThrow(() -> new IllegalArgumentException("target " + settings.target()
                            + " needs a kubeconfig: pass -D" + RunSettings.KUBECONFIG + "=FILE or set KUBECONFIG")),
                    settings.capabilities().orElse(defaultCapabilities(settings.target())));
            default -> throw new IllegalArgumentException("unknown target " + settings.target());
        };
    }

    /** On AKS everything is real; on an unknown cluster nothing is assumed. */
    static Set<Capability> defaultCapabilities(String target) {
        return "aks".equals(target) ? EnumSet.allOf(Capability.class) : EnumSet.noneOf(Capability.class);
    }

    static Optional<Path> defaultKubeconfig() {
        String env = System.getenv("KUBECONFIG");
        Path p = env != null && !env.isBlank() ? Path.of(env.split(java.io.File.pathSeparator)[0])
                : Path.of(System.getProperty("user.home"), ".kube", "config");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
