package dev.airflowaks.conformance.webui;

import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Duration;
import java.util.Optional;

/**
 * A target that knows its own way to the Airflow UI (k3s: port-forward with a NodePort fallback). Without one, the
 * suite takes the guide's port-forward ({@link PortForwardWebserver}).
 */
public interface TargetUi {

    /** The target's way to the UI over this client, or empty for the guide's port-forward. */
    Optional<WebserverAccess> webserver(KubernetesClient client, Duration requestTimeout);
}
