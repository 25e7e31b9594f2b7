package dev.airflowaks.reports.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many checks ended in each {@link Status}; the headline numbers of a report. */
public final class StatusCounts {

    private final Map<Status, Integer> counts;

    private StatusCounts(Map<Status, Integer> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** Counts the statuses of {@code checks}. */
    public static StatusCounts of(Iterable<CheckResult> checks) {
        EnumMap<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        for (CheckResult c : checks) {
            m.merge(c.status(), 1, Integer::sum);
        }
        return new StatusCounts(m);
    }

    /** The number of checks with {@code status}. */
    public int get(Status status) {
        return counts.get(status);
    }

    /** The number of checks in total. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every status with its count, in declaration order (zero counts included). */
    public Map<Status, Integer> asMap() {
        return counts;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((s, n) -> {
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label().toLowerCase());
            }
        });
        return sb.length() == 0 ? "no checks" : sb.toString();
    }
}
