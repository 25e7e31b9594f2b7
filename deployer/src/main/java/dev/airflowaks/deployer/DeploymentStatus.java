package dev.airflowaks.deployer;

import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.plan.StepPlan;
import java.util.Map;

/**
 * Where a deployment stands: what the last apply recorded per step and whether the live state still matches.
 */
public record DeploymentStatus(Map<String, String> recorded, Plan live) {

    public DeploymentStatus {
        recorded = Map.copyOf(recorded);
    }

    public boolean converged() {
        return !live.hasChanges();
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (StepPlan s : live.steps()) {
            String rec = recorded.getOrDefault(s.stepId(), "not run");
            sb.append(String.format(java.util.Locale.ROOT, "[%2s] %-40s recorded: %-8s live: %s%n", s.stepId(),
                    s.title(), rec, s.hasChanges() ? "drifted/missing" : "matches"));
        }
        sb.append(converged() ? "Converged: the cluster matches the guide.\n"
                : "Not converged: run 'airflow-aks plan' for details, 'airflow-aks apply' to fix.\n");
        return sb.toString();
    }
}
