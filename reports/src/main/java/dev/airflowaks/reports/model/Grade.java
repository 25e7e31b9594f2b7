package dev.airflowaks.reports.model;

import java.util.Objects;

/**
 * One production-readiness rule from the guide's best-practice list. Graded separately from conformance: a cluster
 * can follow the guide exactly and still carry the guide's demo shortcuts (admin/admin, bundled PostgreSQL).
 *
 * @param rule   for example "Scheduler replicas >= 2"
 * @param level  {@link Level#PASS} or {@link Level#WARN}
 * @param detail what was found and, for a warning, what to change
 */
public record Grade(String rule, Level level, String detail) {

    /** Production-readiness levels: a rule holds, or it is a warning (never a conformance failure). */
    public enum Level { PASS, WARN }

    public Grade {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        detail = detail == null ? "" : detail;
    }
}
