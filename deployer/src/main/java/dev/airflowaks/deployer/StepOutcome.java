package dev.airflowaks.deployer;

/** What one step did in an apply or destroy. */
public record StepOutcome(String stepId, String title, boolean ok, String outcome, long elapsedMillis) {
}
