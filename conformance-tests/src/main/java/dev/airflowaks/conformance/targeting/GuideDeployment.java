package dev.airflowaks.conformance.targeting;

import dev.airflowaks.deployer.interrupt.Interruption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Applies the deploy guide to a target the suite started. A seam, so the starters' ordering (teardown registered
 * before the action, the target closed when apply throws) is tested without a cluster.
 */
@FunctionalInterface
interface GuideDeployment {

    /**
     * @param kubeconfig  the target's kubeconfig file
     * @param environment the deployer's settings (guide variables, {@code AIRFLOW_AKS_*}); {@code KUBECONFIG} is set
     *                    from {@code kubeconfig}
     * @param workDir     private directory for generated values and the Helm repository config
     * @return the non-secret guide variables the deployer resolved (derived ids, defaults), for the expectations
     */
    Map<String, String> apply(Path kubeconfig, Map<String, String> environment, Path workDir);

    /** This deployment, stopping as {@code apply} does when {@code interruption} is signalled (where it can). */
    default GuideDeployment interruptedBy(Interruption interruption) {
        return this;
    }
}
