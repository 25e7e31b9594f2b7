package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.faults.FaultSet;

import java.util.Map;

/**
 * The honest placeholder when no {@link TargetStarter} is on the class path (a build without the twin and the
 * deployer's apply): it fails with the way to run against an existing cluster instead, and never pretends a target
 * exists. Failing here makes the run "broken", not "passed".
 */
public final class UnavailableTargetStarter implements TargetStarter {

    @Override
    public Target startTwin(FaultSet faults, RunProfile profile) {
        throw new UnsupportedOperationException("the embedded twin target is not on the class path "
                + "(needs a dev.airflowaks.targets.launch.ClusterLauncher, which the fixtures provide, and the deployer's apply); run against a "
                + "cluster with -Dconformance.kubeconfig=FILE or `airflow-aks verify --kubeconfig FILE`");
    }

    @Override
    public Target startK3s(Map<String, String> userEnvironment) {
        throw new UnsupportedOperationException("the k3s target is not on the class path (needs the deployer's "
                + "apply); run against a cluster with -Dconformance.kubeconfig=FILE");
    }
}
