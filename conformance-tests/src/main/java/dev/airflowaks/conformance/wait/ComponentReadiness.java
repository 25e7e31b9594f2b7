package dev.airflowaks.conformance.wait;

import java.time.Duration;

/**
 * How one component became ready (or did not), for the report's timeline. {@code timeToReady} is what the cluster
 * says (pod created → Ready condition); {@code observedAfter} is when the suite saw it, from the gate's start.
 */
public record ComponentReadiness(String component, Outcome outcome, Duration timeToReady, Duration observedAfter,
                                 String detail) {

    /** Ready; stuck in a state that will not fix itself; out of budget; or its workload does not exist at all. */
    public enum Outcome { READY, STUCK, TIMED_OUT, ABSENT }
}
