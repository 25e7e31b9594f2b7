package dev.airflowaks.conformance.target;

import dev.airflowaks.fixtures.targets.Target;
import dev.airflowaks.fixtures.twin.faults.FaultSet;

/**
 * Starts a target the suite owns (the embedded twin, a k3s container) and deploys the guide onto it. This is the
 * seam to the fixtures' twin and the deployer: an implementation is found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.airflowaks.conformance.target.TargetStarter}); {@link UnavailableTargetStarter} is
 * used until one is on the class path.
 */
public interface TargetStarter {

    /** Starts the embedded twin with these faults switched on and applies the deploy guide to it. */
    Target startTwin(FaultSet faults);

    /** Starts k3s (Testcontainers) and applies the deploy guide to it. */
    Target startK3s();
}
