package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.context.ConformanceFailure;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.evidence.EvidenceCollector;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.CheckLabel;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.targeting.NotApplicable;
import dev.airflowaks.conformance.tags.ConformanceTags;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.TimelineEntry;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listens to a JUnit Platform run of the checks and builds the report model: one {@link CheckResult} per conformance
 * check, one {@link Grade} per production-readiness grade, the readiness timeline and the environment facts. It keeps
 * failed ({@link AssertionError}) apart from broken (anything else), reports checks stopped by {@link NotApplicable} as not applicable with
 * their reason, and a stand-in as substituted; none of these is ever counted as passed.
 */
public final class ResultsCollector implements TestExecutionListener {

    private final Clock clock;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, List<ReportEntry>> entries = new ConcurrentHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, String> timeline = new LinkedHashMap<>();
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    private final Map<String, Grade> grades = new LinkedHashMap<>();
    private TestPlan plan;
    private Instant runStarted;

    public ResultsCollector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        this.runStarted = clock.instant();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), clock.instant());
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entries.computeIfAbsent(id.getUniqueId(), k -> new ArrayList<>()).add(entry);
        entry.getKeyValuePairs().forEach((k, v) -> {
            if (k.startsWith(CheckContext.FACT_PREFIX)) {
                facts.put(k.substring(CheckContext.FACT_PREFIX.length()), v);
            } else if (k.startsWith(CheckContext.TIMELINE_PREFIX)) {
                timeline.put(k.substring(CheckContext.TIMELINE_PREFIX.length()), v);
            }
        });
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        for (TestIdentifier test : tests(id)) {
            record(test, Status.SKIPPED, reason, null, Duration.ZERO, List.of());
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Duration took = Duration.between(started.getOrDefault(id.getUniqueId(), clock.instant()), clock.instant());
        Throwable error = result.getThrowable().orElse(null);
        if (error instanceof NotApplicable notApplicable) {
            for (TestIdentifier test : tests(id)) {
                if (!checks.containsKey(test.getUniqueId()) && !grades.containsKey(test.getUniqueId())) {
                    record(test, Status.NOT_APPLICABLE, notApplicable.reason(), null, Duration.ZERO, List.of());
                }
            }
        } else if (id.isTest()) {
            Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> value(id, CheckContext.SUBSTITUTED).isPresent() ? Status.SUBSTITUTED : Status.PASSED;
                case ABORTED -> Status.SKIPPED;
                case FAILED -> error instanceof AssertionError ? Status.FAILED : Status.BROKEN;
            };
            String reason = status == Status.SUBSTITUTED ? value(id, CheckContext.SUBSTITUTED).orElse("")
                    : status == Status.SKIPPED && error != null ? error.getMessage()
                    : status == Status.FAILED ? firstFailingExpectation(error) : "";
            record(id, status, reason, error, took, evidence(id));
        } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            for (TestIdentifier test : tests(id)) {
                if (!checks.containsKey(test.getUniqueId()) && !grades.containsKey(test.getUniqueId())) {
                    Status status = error instanceof AssertionError ? Status.FAILED : Status.BROKEN;
                    String reason = status == Status.FAILED ? firstFailingExpectation(error) : "";
                    record(test, status, reason, error, Duration.ZERO, evidence(id));
                }
            }
        }
    }

    /**
     * Why a failed check failed, in one line: its first failing expectation ({@code status: expected deployed, actual
     * pending-install}), or the first line of a plain assertion's message.
     */
    static String firstFailingExpectation(Throwable error) {
        if (error instanceof ConformanceFailure f && !f.mismatches().isEmpty()) {
            return f.mismatches().get(0).toString();
        }
        return error == null || error.getMessage() == null ? "" : error.getMessage().lines().findFirst().orElse("");
    }

    private List<TestIdentifier> tests(TestIdentifier id) {
        if (id.isTest()) {
            return List.of(id);
        }
        List<TestIdentifier> out = new ArrayList<>();
        if (plan != null) {
            for (TestIdentifier child : plan.getDescendants(id)) {
                if (child.isTest()) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    private void record(TestIdentifier test, Status status, String reason, Throwable error, Duration took,
                        List<dev.airflowaks.reports.model.Evidence> evidence) {
        if (test.getTags().contains(TestTag.create(ConformanceTags.PRODUCTION_READINESS))) {
            grades.put(test.getUniqueId(), grade(test, status, error));
            return;
        }
        GuideStepId step = GuideSteps.declared(test.getSource()).map(VerifiesStep::value)
                .orElseThrow(() -> new IllegalStateException(idOf(test) + " declares no guide step: annotate its class "
                        + "with @VerifiesStep(GuideStepId.X) (CheckCatalogueTest fails the build on such a check)"));
        CheckResult.Builder b = CheckResult.builder(idOf(test), step)
                .displayName(displayName(test)).status(status).reason(reason).duration(took).evidence(evidence)
                .expected(value(test, CheckContext.EXPECTED).orElse(""))
                .actual(value(test, CheckContext.ACTUAL).orElse(error == null ? "" : String.valueOf(error.getMessage())));
        if (error instanceof ConformanceFailure f) {
            // a check whose own finding is the cause names it as the root cause too
            b.rootCause(f.rootCauseLine());
            b.fixHint("Redo the " + f.fix().reference() + ": \"" + f.fix().title() + "\"");
        } else if (status == Status.FAILED && error != null) {
            b.rootCause(String.valueOf(error.getMessage())).fixHint("Redo the " + step.reference());
        } else if (status == Status.BROKEN && error != null) {
            b.rootCause(error.getClass().getSimpleName() + ": " + error.getMessage())
                    .fixHint("The check could not judge the target; fix the harness or target problem and rerun");
        }
        checks.put(test.getUniqueId(), b.build());
    }

    private Grade grade(TestIdentifier test, Status status, Throwable error) {
        String rule = displayName(test);
        if (status == Status.PASSED) {
            return new Grade(rule, Grade.Level.PASS, value(test, CheckContext.ACTUAL).orElse(""));
        }
        if (error instanceof ConformanceFailure f) {
            return new Grade(rule, Grade.Level.WARN, String.join("; ", f.mismatches().stream()
                    .map(Object::toString).toList()));
        }
        return new Grade(rule, Grade.Level.WARN, "could not be graded ("
                + status.label().toLowerCase() + "): " + (error == null ? "" : error.getMessage()));
    }

    private static String idOf(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName())
                .orElse(test.getUniqueId());
    }

    private String displayName(TestIdentifier test) {
        String parent = plan == null ? "" : plan.getParent(test).map(ResultsCollector::label).orElse("");
        return parent.isEmpty() ? test.getDisplayName() : parent + " — " + test.getDisplayName();
    }

    /** A check class reads with its step's number from the catalogue ({@code "10. Airflow Helm release"}). */
    private static String label(TestIdentifier container) {
        return container.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(c -> CheckLabel.of(c.getJavaClass())).orElse(container.getDisplayName());
    }

    private Optional<String> value(TestIdentifier id, String key) {
        return entries.getOrDefault(id.getUniqueId(), List.of()).stream()
                .map(e -> e.getKeyValuePairs().get(key)).filter(v -> v != null).reduce((a, b) -> b);
    }

    private List<dev.airflowaks.reports.model.Evidence> evidence(TestIdentifier id) {
        return value(id, EvidenceCollector.EVIDENCE_KEY).map(Path::of).map(EvidenceLoader::load).orElse(List.of());
    }

    /** The deviations the suite's apply made, as world-facts rows; null when the run did not deploy. */
    private List<dev.airflowaks.reports.model.AppliedDeviation> deviations() {
        String ids = facts.get("deviations");
        if (ids == null) {
            return null;
        }
        if ("none".equals(ids)) {
            return List.of();
        }
        dev.airflowaks.guide.world.WorldFacts world = dev.airflowaks.guide.world.WorldFacts.load();
        return java.util.Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(world::deviation).map(dev.airflowaks.reports.model.AppliedDeviation::of).toList();
    }

    /** The report of everything seen so far; call after the launcher returns. */
    public synchronized RunReport report(String runId, String target) {
        Instant end = clock.instant();
        Map<String, String> charts = new HashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        facts.forEach((k, v) -> {
            if (k.startsWith("chart.")) {
                charts.put(k.substring(6), v);
            } else if (!k.equals("kubernetes-version") && !k.equals("eso-api-version") && !k.equals("deviations")) {
                other.put(k, v);
            }
        });
        EnvironmentFacts env = new EnvironmentFacts(facts.getOrDefault("kubernetes-version", ""), charts,
                facts.getOrDefault("eso-api-version", ""), other);
        List<TimelineEntry> tl = new ArrayList<>();
        timeline.forEach((component, v) -> {
            String[] parts = v.split("\\|", 2);
            tl.add(new TimelineEntry(component, Duration.ofMillis(Long.parseLong(parts[0])),
                    parts.length > 1 && "READY".equals(parts[1])));
        });
        return new RunReport(runId, runStarted == null ? end : runStarted, end, facts.getOrDefault("target", target),
                env, List.copyOf(checks.values()), tl, List.copyOf(grades.values()), deviations());
    }
}
