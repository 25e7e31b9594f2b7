package dev.airflowaks.conformance.targeting;

import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.file.Path;

/**
 * A client the launching command already connected to the cluster of {@code kubeconfig} (and proved it answers):
 * the run uses it instead of building its own for that kubeconfig. {@code verify} checks the API server before the
 * suite starts; one client instead of two saves a vert.x instance, a TLS context and the client key's PKCS#12 round
 * trip. The command owns and closes it.
 */
public record ConnectedCluster(Path kubeconfig, KubernetesClient client) {

    /** Whether this is the client for {@code other}, compared as absolute normalised paths. */
    public boolean serves(Path other) {
        return other != null && kubeconfig.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }
}
