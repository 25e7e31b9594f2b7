package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;

import java.util.List;
import java.util.Optional;

/**
 * A pod no node can take, in the scheduler's words ({@code PodScheduled=False Unschedulable}, "0/3 nodes are
 * available: 3 node(s) were unschedulable"): cordoned or tainted nodes and insufficient resources do not change while
 * a deploy waits. An unbound PVC in the same message is the claim's cause, not the nodes', and is left to
 * {@link UnbindableClaim}; a pod the scheduler has not judged yet keeps waiting.
 */
public final class Unschedulable implements TerminalRule {

    private static final List<String> NODE_CAUSES = List.of("unschedulable", "taint", "Insufficient",
            "didn't match", "didn't satisfy");

    @Override
    public String name() {
        return "no node can take the pod";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        for (Pod pod : observed.pods()) {
            Optional<String> message = unschedulable(pod);
            if (message.isPresent() && !message.get().contains("PersistentVolumeClaim")
                    && NODE_CAUSES.stream().anyMatch(message.get()::contains)) {
                return Optional.of(new Terminal(name(), "pod/" + Containers.name(pod), "Pending: " + message.get(),
                        GuideStepId.AKS_CLUSTER));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unschedulable(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getConditions().stream()
                .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                        && "Unschedulable".equals(c.getReason()))
                .map(PodCondition::getMessage).filter(m -> m != null).findFirst();
    }
}
