package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.targeting.UserEnvironment;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.targets.aks.AksVariables;
import dev.airflowaks.targets.launch.ClusterLauncher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Checks a run request before anything starts, so a command line gets one clear sentence and the "bad input" exit
 * code instead of a report full of broken checks: the settings parse; k3s has Docker and no kubeconfig; AKS has the
 * guide's variables (each missing one named). The same conditions are enforced again when the target opens.
 */
public final class TargetPreflight {

    private final BooleanSupplier dockerAvailable;
    private final Map<String, String> processEnvironment;

    /** @param processEnvironment usually {@code System.getenv()} */
    public TargetPreflight(BooleanSupplier dockerAvailable, Map<String, String> processEnvironment) {
        this.dockerAvailable = dockerAvailable;
        this.processEnvironment = Map.copyOf(processEnvironment);
    }

    /** Docker as the installed {@link ClusterLauncher} sees it (asked only for k3s), the process environment. */
    public static TargetPreflight system() {
        return new TargetPreflight(() -> ClusterLauncher.installed().dockerAvailable(), System.getenv());
    }

    /**
     * @throws IllegalArgumentException naming the problem and the fix; nothing has been started or contacted
     */
    public void check(RunRequest request) {
        Map<String, String> params = request.parameters();
        RunSettings settings = RunSettings.from(k -> Optional.ofNullable(params.get(k)));
        switch (settings.target()) {
            case "k3s" -> {
                if (settings.kubeconfig().isPresent()) {
                    throw new IllegalArgumentException("--kubeconfig is for a cluster you already have; the k3s target"
                            + " starts its own (drop --kubeconfig, or use --target aks for an existing AKS cluster)");
                }
                if (!dockerAvailable.getAsBoolean()) {
                    throw new IllegalArgumentException("the k3s target needs Docker, and no Docker environment was"
                            + " found (DOCKER_HOST, /var/run/docker.sock); start Docker or use --target twin");
                }
            }
            case "aks" -> {
                List<String> missing = AksVariables.missing(UserEnvironment.of(processEnvironment,
                        settings.envFile()));
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(AksVariables.describeMissing(missing));
                }
            }
            default -> {
                // the twin needs nothing from the machine; a kubeconfig target is checked by the command
            }
        }
    }
}
