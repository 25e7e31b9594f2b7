package dev.airflowaks.targets.launch;

import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.TargetKind;
import dev.airflowaks.targets.faults.FaultSet;
import dev.airflowaks.targets.ui.FallbackUiAccess;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The seam between the conformance checks and whatever starts clusters (the fixtures' embedded twin, k3s in
 * Testcontainers, an AKS kubeconfig). The checks are the product and must not compile against the twin, so they ask
 * for an implementation through {@link ServiceLoader}; only the CLI and the tests put one on the class path
 * ({@code META-INF/services/dev.airflowaks.targets.launch.ClusterLauncher}).
 */
public interface ClusterLauncher {

    /**
     * Starts the embedded twin (simulated cluster and Azure endpoints) with these faults switched on, writing its
     * kubeconfig and guide-variable env file to the given paths; {@code publicImages} are accepted by its kubelet
     * besides the guide's (the local profile's images).
     */
    StartedCluster startTwin(FaultSet faults, List<String> publicImages, Path kubeconfig, Path envFile);

    /** Extracts the offline test charts (ESO and Airflow) below {@code dir}. */
    OfflineCharts extractCharts(Path dir);

    /** Opens a real target: k3s starts a container, AKS reads a kubeconfig; a clear error before anything starts. */
    Target open(TargetKind kind, Map<String, String> environment, Optional<Path> kubeconfig);

    /** Whether a container runtime is reachable for the k3s target (asked before anything starts). */
    boolean dockerAvailable();

    /** The launcher's own ways to reach Airflow's UI on a target it opened (port-forward, NodePort), if any. */
    Optional<Function<KubernetesClient, FallbackUiAccess>> ui(Target target);

    /** The launcher on the class path; a clear message naming what is missing when there is none. */
    static ClusterLauncher installed() {
        return ServiceLoader.load(ClusterLauncher.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no dev.airflowaks.targets.launch.ClusterLauncher on the class path (the fixtures module provides the "
                        + "twin and k3s targets); run against a cluster with a kubeconfig instead"));
    }

    /** A started cluster the caller owns: its kubeconfig, and close to stop it. */
    interface StartedCluster extends AutoCloseable {
        Path kubeconfig();

        @Override
        void close();
    }

    /** Paths of the extracted offline charts. */
    record OfflineCharts(Path eso, Path airflow) {
    }
}
