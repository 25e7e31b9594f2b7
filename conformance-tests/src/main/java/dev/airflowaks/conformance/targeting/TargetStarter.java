package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.faults.FaultSet;

import java.util.Map;

/**
 * Starts a target the suite owns (the embedded twin, a k3s container) and deploys the guide onto it. This is the
 * seam to the fixtures' twin and the deployer: an implementation is found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.airflowaks.conformance.targeting.TargetStarter}); {@link UnavailableTargetStarter} is
 * used until one is on the class path.
 */
public interface TargetStarter {

    /**
     * The key in a started target's {@link Target#environment()} that says how the suite's apply ended when it did
     * not reach the Airflow release: the step it stopped at and why; everything after it was never applied.
     */
    String APPLY_OUTCOME = "AIRFLOW_AKS_APPLY_OUTCOME";

    /**
     * The key in a started target's {@link Target#environment()} listing the ids of the deviations from the guide
     * the suite's own apply made (comma-separated; empty for the guide as published); absent when it did not deploy.
     */
    String DEVIATIONS = "AIRFLOW_AKS_DEVIATIONS";

    /** Starts the embedded twin with these faults switched on and applies the deploy guide in this profile to it. */
    Target startTwin(FaultSet faults, RunProfile profile);

    /**
     * As {@link #startTwin(FaultSet, RunProfile)}; with {@code verbatim} the guide is deployed exactly as published,
     * without the deployer's deviations (to show what the published guide does today).
     */
    default Target startTwin(FaultSet faults, RunProfile profile, boolean verbatim) {
        if (verbatim) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot deploy the guide verbatim");
        }
        return startTwin(faults, profile);
    }

    /**
     * Starts k3s (Testcontainers) and applies the deploy guide in the local profile to it.
     *
     * @param userEnvironment the user's guide variables and chart choices ({@link UserEnvironment})
     * @throws IllegalArgumentException when there is no Docker, before anything starts
     */
    Target startK3s(Map<String, String> userEnvironment);

    /**
     * As {@link #startTwin(FaultSet, RunProfile, boolean)}, with the command's interruption: a signalled deploy stops
     * as {@code apply} does and the start fails with {@link dev.airflowaks.deployer.ApplyInterruptedException}, so
     * the run gives no verdict. A starter that cannot be interrupted ignores it.
     */
    default Target startTwin(FaultSet faults, RunProfile profile, boolean verbatim, Interruption interruption) {
        return startTwin(faults, profile, verbatim);
    }

    /**
     * As {@link #startK3s(Map)}, with the command's interruption (see
     * {@link #startTwin(FaultSet, RunProfile, boolean, Interruption)}).
     */
    default Target startK3s(Map<String, String> userEnvironment, Interruption interruption) {
        return startK3s(userEnvironment);
    }
}
