package dev.airflowaks.deployer.plan;

import java.util.List;

/**
 * The plan of one guide step: its changes and, optionally, an attachment such as the generated values file that
 * {@code plan} shows in full.
 */
public record StepPlan(String stepId, String title, List<Change> changes, String attachment) {

    public StepPlan {
        changes = List.copyOf(changes);
        attachment = attachment == null ? "" : attachment;
    }

    public StepPlan(String stepId, String title, List<Change> changes) {
        this(stepId, title, changes, "");
    }

    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.action().isChange());
    }
}
