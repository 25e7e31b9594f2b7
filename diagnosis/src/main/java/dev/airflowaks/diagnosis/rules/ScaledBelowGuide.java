package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Deployment or StatefulSet that wants fewer replicas than the guide installs: its controller will never start the
 * missing pods, so waiting for them is waiting for nothing (the ESO controller scaled to 0 cost 186 s before).
 */
public final class ScaledBelowGuide implements TerminalRule {

    @Override
    public String name() {
        return "scaled below the guide";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        Stream<Optional<Terminal>> deployments = observed.deployments().stream()
                .map(d -> judge(observed, "deployment", d, d.getSpec() == null ? null : d.getSpec().getReplicas()));
        Stream<Optional<Terminal>> sets = observed.statefulSets().stream()
                .map(s -> judge(observed, "statefulset", s, s.getSpec() == null ? null : s.getSpec().getReplicas()));
        return Stream.concat(deployments, sets).flatMap(Optional::stream).findFirst();
    }

    private Optional<Terminal> judge(Observation observed, String kind, HasMetadata workload, Integer specReplicas) {
        String name = workload.getMetadata().getName();
        int wants = specReplicas == null ? 1 : specReplicas;
        return observed.guideReplicas().of(name).filter(guide -> wants < guide)
                .map(guide -> new Terminal(name(), kind + "/" + name, "wants " + wants + " replica(s), the guide installs "
                        + guide, Containers.owner(name)));
    }
}
