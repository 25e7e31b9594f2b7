package dev.airflowaks.conformance.targeting;

import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.TargetKind;
import dev.airflowaks.targets.launch.ClusterLauncher;

import java.util.Map;
import java.util.Optional;

/**
 * {@code -Dconformance.target=k3s}: starts k3s through the {@link ClusterLauncher} (the fixtures' RealTargets; a clear error without
 * Docker, before anything starts), then applies the guide in the local profile with the deployer, using the target's
 * environment ({@code AIRFLOW_AKS_PROFILE=local}, no Azure variables). The charts are the deployer's defaults, their
 * real repositories, unless the user set {@code AIRFLOW_AKS_ESO_CHART} / {@code AIRFLOW_AKS_AIRFLOW_CHART} to a
 * local directory or .tgz. The deployer waits with real-cluster budgets (images are pulled from the internet). The
 * container's teardown is registered before apply runs: it is stopped if apply throws. The UI checks reach Airflow
 * through the target's port-forward with its NodePort fallback.
 */
public final class K3sTargetStarter {

    /** Opens the k3s target for a user environment. */
    @FunctionalInterface
    interface Opener {
        Target open(Map<String, String> userEnvironment);
    }

    private final Opener opener;
    private final GuideDeployment deployment;

    public K3sTargetStarter() {
        this(env -> ClusterLauncher.installed().open(TargetKind.K3S, env, Optional.empty()),
                new DeployerDeployment("k3s", Budgets.defaults()));
    }

    K3sTargetStarter(Opener opener, GuideDeployment deployment) {
        this.opener = opener;
        this.deployment = deployment;
    }

    GuideDeployment deployment() {
        return deployment;
    }

    /** Starts k3s and deploys the local profile; the returned target stops the container on close. */
    public Target start(Map<String, String> userEnvironment) {
        return start(userEnvironment, Interruption.none());
    }

    /** As {@link #start(Map)}; a signalled deploy stops as {@code apply} does and the start fails. */
    public Target start(Map<String, String> userEnvironment, Interruption interruption) {
        GuideDeployment deployment = this.deployment.interruptedBy(interruption);
        Target k3s = opener.open(userEnvironment);
        try (CloseOnFailure closeK3s = new CloseOnFailure(k3s)) {
            TempWorkDir work = TempWorkDir.create("airflow-aks-k3s-");
            try (CloseOnFailure deleteWork = new CloseOnFailure(work)) {
                Map<String, String> resolved = deployment.apply(k3s.kubeconfig(), k3s.environment(), work.path());
                Target deployed = new DeployedTarget(k3s, resolved, work, ClusterLauncher.installed().ui(k3s));
                deleteWork.keep();
                closeK3s.keep();
                return deployed;
            }
        }
    }
}
