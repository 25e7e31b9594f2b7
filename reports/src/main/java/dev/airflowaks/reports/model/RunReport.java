package dev.airflowaks.reports.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one conformance run found, as data: written by the process that ran the suite (see
 * {@link ReportJson}) and rendered later, possibly by another process, into HTML. The verdicts are derived from the
 * checks and grades, never stored separately, so they cannot disagree with them.
 *
 * @param runId       unique id of the run, for example a timestamp plus a random suffix
 * @param startedAt   when the run started
 * @param finishedAt  when the run finished
 * @param target      {@code twin}, {@code k3s} or {@code aks}, plus a profile where one applies
 * @param environment versions and facts about the target
 * @param checks      every check, in execution order
 * @param timeline    time to Ready per component, in the order measured
 * @param grades      production-readiness grades (a separate verdict)
 * @param deviations  the deviations from the guide the deployer applied: empty when it deployed the guide as
 *                    published ({@code --verbatim}), null when the run did not deploy (nothing to say)
 */
public record RunReport(String runId, Instant startedAt, Instant finishedAt, String target,
                        EnvironmentFacts environment, List<CheckResult> checks, List<TimelineEntry> timeline,
                        List<Grade> grades, List<AppliedDeviation> deviations) {

    /** A run that did not deploy the guide (no deviations to report). */
    public RunReport(String runId, Instant startedAt, Instant finishedAt, String target, EnvironmentFacts environment,
                     List<CheckResult> checks, List<TimelineEntry> timeline, List<Grade> grades) {
        this(runId, startedAt, finishedAt, target, environment, checks, timeline, grades, null);
    }

    public RunReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(target, "target");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("finishedAt " + finishedAt + " is before startedAt " + startedAt);
        }
        environment = environment == null ? EnvironmentFacts.unknown() : environment;
        checks = checks == null ? List.of() : List.copyOf(checks);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        grades = grades == null ? List.of() : List.copyOf(grades);
        deviations = deviations == null ? null : List.copyOf(deviations);
    }

    /** True when the run deployed the guide and so has something to say about deviations (possibly "none"). */
    public boolean deviationsRecorded() {
        return deviations != null;
    }

    /** The conformance verdict implied by the checks. */
    public Verdict verdict() {
        return Verdict.of(checks);
    }

    /** The verdict as the first line says it: "Conformant, with 2 checks answered by stand-ins". */
    public String headline() {
        return Headline.of(verdict(), counts());
    }

    /** The failed check whose root cause is deepest in the dependency graph; the report's headline cause. */
    public java.util.Optional<CheckResult> headlineCause() {
        return HeadlineCause.of(checks);
    }

    /** The failed checks the headline cause explains ({@code consequences} in report.json, by id). */
    public List<CheckResult> consequences() {
        return HeadlineCause.consequences(checks);
    }

    /** Where the suite's own apply stopped, in at most three lines; empty when it completed (or none ran). */
    public java.util.Optional<ApplySummary> applyStop() {
        String apply = environment.other() == null ? "" : environment.other().getOrDefault("apply", "");
        return apply.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(ApplySummary.of(apply));
    }

    /** Whether the apply refused before any change: then its cause, not a check's, is the run's first cause. */
    public boolean applyRefused() {
        return applyStop().map(ApplySummary::refused).orElse(false);
    }

    /** The ids of {@link #consequences()}, as report.json lists them. */
    public List<String> consequenceIds() {
        return consequences().stream().map(CheckResult::id).toList();
    }

    /** The headline cause's chain, or empty when no check failed; {@code rootCause} in report.json. */
    public String rootCause() {
        return headlineCause().map(c -> c.rootCause().isBlank() ? c.displayName() : c.rootCause()).orElse("");
    }

    /** How many checks a stand-in answered; a conformant verdict carries this count wherever it is shown. */
    public int substituted() {
        return counts().get(Status.SUBSTITUTED);
    }

    /** The production-readiness verdict: {@code WARN} when any grade warns. */
    public Grade.Level readiness() {
        return grades.stream().anyMatch(g -> g.level() == Grade.Level.WARN) ? Grade.Level.WARN : Grade.Level.PASS;
    }

    /** The run's wall time. */
    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Status counts of the checks. */
    public StatusCounts counts() {
        return StatusCounts.of(checks);
    }
}
