package dev.airflowaks.reports.model;

import dev.airflowaks.guide.GuideStepId;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of one conformance check, with everything a reader needs to act on it without rerunning the suite:
 * what was expected and found, the first broken link of the dependency chain, the guide step that fixes it, and the
 * evidence. Optional texts are empty strings, never null.
 *
 * @param id          stable identifier, for example {@code secretstore-ready}
 * @param displayName what the check proves, in a sentence
 * @param guide       the catalogue step the check verifies
 * @param status      the outcome
 * @param reason      why it was skipped, not applicable or substituted; for a failed check its first failing
 *                    expectation ({@code status: expected deployed, actual pending-install}); empty otherwise
 * @param expected    what the guide implies
 * @param actual      what the target showed
 * @param rootCause   the first broken link of the dependency chain (empty when passed)
 * @param fixHint     what to do, usually naming the guide step to redo
 * @param duration    how long the check took
 * @param evidence    attachments, already redacted
 */
public record CheckResult(String id, String displayName, GuideStepId guide, Status status, String reason,
                          String expected, String actual, String rootCause, String fixHint, Duration duration,
                          List<Evidence> evidence) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(status, "status");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        reason = orEmpty(reason);
        expected = orEmpty(expected);
        actual = orEmpty(actual);
        rootCause = orEmpty(rootCause);
        fixHint = orEmpty(fixHint);
        duration = duration == null ? Duration.ZERO : duration;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A builder, because most checks fill only a few of the fields. */
    public static Builder builder(String id, GuideStepId guide) {
        return new Builder(id, guide);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Collects the optional fields of a {@link CheckResult}. */
    public static final class Builder {
        private final String id;
        private final GuideStepId guide;
        private String displayName;
        private Status status = Status.PASSED;
        private String reason;
        private String expected;
        private String actual;
        private String rootCause;
        private String fixHint;
        private Duration duration;
        private final java.util.ArrayList<Evidence> evidence = new java.util.ArrayList<>();

        private Builder(String id, GuideStepId guide) {
            this.id = id;
            this.guide = guide;
        }

        public Builder displayName(String v) { this.displayName = v; return this; }
        public Builder status(Status v) { this.status = v; return this; }
        public Builder reason(String v) { this.reason = v; return this; }
        public Builder expected(String v) { this.expected = v; return this; }
        public Builder actual(String v) { this.actual = v; return this; }
        public Builder rootCause(String v) { this.rootCause = v; return this; }
        public Builder fixHint(String v) { this.fixHint = v; return this; }
        public Builder duration(Duration v) { this.duration = v; return this; }
        public Builder evidence(Evidence v) { this.evidence.add(v); return this; }
        public Builder evidence(List<Evidence> v) { this.evidence.addAll(v); return this; }

        public CheckResult build() {
            return new CheckResult(id, displayName, guide, status, reason, expected, actual, rootCause, fixHint,
                    duration, evidence);
        }
    }
}
