package dev.airflowaks.deployer.plan;

import dev.airflowaks.guide.world.Deviation;
import java.util.List;
import java.util.Locale;

/**
 * The whole read-only plan, step by step, and the deviations from the published guide it makes (their own section,
 * with reason, date and source). {@link #hasChanges(boolean)} drives {@code plan --detailed-exitcode}.
 */
public record Plan(List<StepPlan> steps, List<Deviation> deviations) {

    public Plan {
        steps = List.copyOf(steps);
        deviations = List.copyOf(deviations);
    }

    public Plan(List<StepPlan> steps) {
        this(steps, List.of());
    }

    public boolean hasChanges() {
        return steps.stream().anyMatch(StepPlan::hasChanges);
    }

    /** {@code --detailed-exitcode=strict}: adoptions (metadata only) count as changes too. */
    public boolean hasChanges(boolean strict) {
        return hasChanges() || (strict && count(Action.ADOPT) > 0);
    }

    /** Objects that differ only in airflow-aks's own metadata. */
    public long adoptions() {
        return count(Action.ADOPT);
    }

    public List<Change> changes() {
        return steps.stream().flatMap(s -> s.changes().stream()).filter(c -> c.action().isChange()).toList();
    }

    /** The text {@code airflow-aks plan} prints. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (StepPlan s : steps) {
            sb.append("Step ").append(s.stepId()).append(": ").append(s.title()).append('\n');
            s.changes().forEach(c -> sb.append(c.render()).append('\n'));
            if (!s.attachment().isEmpty()) {
                sb.append("    ---\n");
                s.attachment().lines().forEach(l -> sb.append("    ").append(l).append('\n'));
            }
        }
        if (!deviations.isEmpty()) {
            sb.append("Deviations from the guide (apply --verbatim deploys the guide as published):\n");
            for (Deviation d : deviations) {
                sb.append("  ! ").append(d.step().reference()).append(": ").append(d.summary()).append('\n')
                        .append("      why: ").append(d.reason()).append(" (since ").append(d.since()).append(")\n")
                        .append("      source: ").append(d.source()).append('\n');
            }
        }
        long create = count(Action.CREATE);
        long update = count(Action.UPDATE);
        long delete = count(Action.DELETE);
        sb.append(String.format(Locale.ROOT, "Plan: %d to create, %d to update, %d to delete.%s%n",
                create, update, delete, hasChanges() ? "" : " No changes: the cluster matches the guide."));
        if (adoptions() > 0) {
            sb.append(String.format(Locale.ROOT, "Adopt (metadata only): %d object(s) differ only in airflow-aks's own "
                    + "labels or annotations; apply adds them (--detailed-exitcode=strict counts them).%n", adoptions()));
        }
        return sb.toString();
    }

    private long count(Action a) {
        return steps.stream().flatMap(s -> s.changes().stream()).filter(c -> c.action() == a).count();
    }
}
