package dev.airflowaks.deployer.infra;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags every resource the deployer creates carries: {@code managed-by: airflow-aks} (what {@code destroy --infra}
 * and the nightly sweeper trust) and {@code airflow-aks-created-at} (UTC, kept from the first creation, so a sweeper
 * can delete groups older than a day even when the run that made them was cancelled).
 */
public final class ManagedTags {

    public static final String MANAGED_BY = "managed-by";
    public static final String OWNER = "airflow-aks";
    public static final String CREATED_AT = "airflow-aks-created-at";

    private ManagedTags() {
    }

    /** The tags to write: the existing ones, plus ours (the creation time kept when already there). */
    public static Map<String, String> desired(Map<String, String> existing, Clock clock) {
        Map<String, String> out = new LinkedHashMap<>(existing == null ? Map.of() : existing);
        out.put(MANAGED_BY, OWNER);
        out.putIfAbsent(CREATED_AT, Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return out;
    }

    public static boolean isManaged(Map<String, String> tags) {
        return tags != null && OWNER.equals(tags.get(MANAGED_BY));
    }

    /** Diff lines for the plan; empty when the resource already carries our tags. */
    public static List<String> diff(Map<String, String> existing) {
        List<String> out = new ArrayList<>();
        if (!isManaged(existing)) {
            out.add("tags." + MANAGED_BY + ": " + (existing == null || !existing.containsKey(MANAGED_BY) ? "(none)"
                    : "\"" + existing.get(MANAGED_BY) + "\"") + " -> \"" + OWNER + "\"");
        }
        if (existing == null || !existing.containsKey(CREATED_AT)) {
            out.add("tags." + CREATED_AT + ": (none) -> now");
        }
        return out;
    }
}
