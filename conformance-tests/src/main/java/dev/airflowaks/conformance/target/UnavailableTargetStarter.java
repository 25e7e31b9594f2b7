package dev.airflowaks.conformance.target;

import dev.airflowaks.fixtures.targets.Target;
import dev.airflowaks.fixtures.twin.faults.FaultSet;

/**
 * The honest placeholder until the twin ({@code dev.airflowaks.fixtures.twin.EmbeddedTwin}), the k3s target and the
 * deployer's apply are integrated: it fails with the way to run against an existing cluster instead, and never
 * pretends a target exists. Failing here makes the run "broken", not "passed".
 */
public final class UnavailableTargetStarter implements TargetStarter {

    @Override
    public Target startTwin(FaultSet faults) {
        throw new UnsupportedOperationException("the embedded twin target is not wired into the suite yet "
                + "(needs dev.airflowaks.fixtures.twin.EmbeddedTwin and the deployer's apply); run against a "
                + "cluster with -Dconformance.kubeconfig=FILE or `airflow-aks verify --kubeconfig FILE`");
    }

    @Override
    public Target startK3s() {
        throw new UnsupportedOperationException("the k3s target is not wired into the suite yet; run against a "
                + "cluster with -Dconformance.kubeconfig=FILE");
    }
}
