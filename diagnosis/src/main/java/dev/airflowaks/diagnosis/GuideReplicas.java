package dev.airflowaks.diagnosis;

import dev.airflowaks.guide.world.WorldFacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many replicas the guide wants of each workload it installs: its values where it sets them, the chart's
 * defaults otherwise (world fact {@code chart.default-replicas}). Never read from the live object, so a Deployment
 * scaled to 0 wants less than the guide instead of being "0/0 ready".
 */
public final class GuideReplicas {

    static final String FACT = "chart.default-replicas";

    private final Map<String, Integer> byWorkload;

    public GuideReplicas(Map<String, Integer> byWorkload) {
        this.byWorkload = Map.copyOf(byWorkload);
    }

    public static GuideReplicas fromWorldFacts() {
        Map<String, Integer> map = new HashMap<>();
        WorldFacts.load().fact(FACT).values().forEach((k, v) -> map.put(k, Integer.parseInt(v.toString())));
        return new GuideReplicas(map);
    }

    /** The guide's count for a Deployment or StatefulSet it installs; empty for workloads it does not know. */
    public Optional<Integer> of(String workload) {
        return Optional.ofNullable(byWorkload.get(workload));
    }
}
