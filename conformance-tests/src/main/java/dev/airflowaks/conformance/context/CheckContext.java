package dev.airflowaks.conformance.context;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.rootcause.Link;
import dev.airflowaks.targets.Capability;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What a check method receives: the run's {@link ConformanceContext} plus a channel to the report for the one
 * check being run (expected/actual on success, "substituted" notes). Resolved by {@code ConformanceExtension}.
 */
public final class CheckContext {

    /** Report-entry key: every comparison a check made, one per line (also when it passed). */
    public static final String COMPARED = "conformance.compared";
    /** Report-entry key: the expected side of every comparison, one {@code what: value} per line. */
    public static final String EXPECTED = "conformance.expected";
    /** Report-entry key: the actual side of every comparison, one {@code what: value} per line. */
    public static final String ACTUAL = "conformance.actual";
    /** Report-entry key prefix: time to Ready of one component, {@code <millis>|<READY|STUCK|TIMED_OUT>}. */
    public static final String TIMELINE_PREFIX = "conformance.timeline.";
    /** Report-entry key: the check ran against a stand-in; the report must not count it as passed. */
    public static final String SUBSTITUTED = "conformance.substituted";
    /** Report-entry key: a fact to show in the report's environment block (e.g. the served ESO API version). */
    public static final String FACT_PREFIX = "conformance.fact.";

    private final ConformanceContext run;
    private final Consumer<Map<String, String>> publisher;

    public CheckContext(ConformanceContext run, Consumer<Map<String, String>> publisher) {
        this.run = run;
        this.publisher = publisher;
    }

    public ConformanceContext run() {
        return run;
    }

    /** Starts the comparisons of one guide step on one subject; {@code symptom} is where root-cause search starts. */
    public Verification verify(GuideStepId step, String subject, Link symptom) {
        return new Verification(this, step, subject, symptom);
    }

    public void publish(String key, String value) {
        publisher.accept(Map.of(key, value));
    }

    /** Marks this check as run against a stand-in (for example the twin's fake webserver). */
    public void substituted(String why) {
        publish(SUBSTITUTED, why);
    }

    /**
     * Marks this check as run against the profile's declared stand-in for {@code replaced}, with the profile's reason.
     *
     * @throws IllegalStateException when the run's profile declares no stand-in for it (a harness bug)
     */
    public void substitutedFor(Capability replaced) {
        substituted(run.profile().substitutionFor(replaced).orElseThrow(() -> new IllegalStateException(
                "profile " + run.profile().id() + " declares no stand-in for " + replaced)).reason());
    }

    /**
     * Marks this check as run against the profile's stand-in with this id, where one capability has several stand-ins
     * (the SecretStore and the ServiceAccount both replace workload identity).
     *
     * @throws IllegalStateException when the run's profile declares no such stand-in (a harness bug)
     */
    public void substitutedBy(String substitutionId) {
        substituted(run.profile().substitution(substitutionId).orElseThrow(() -> new IllegalStateException(
                "profile " + run.profile().id() + " declares no stand-in " + substitutionId)).reason());
    }

    public void fact(String name, String value) {
        publish(FACT_PREFIX + name, value);
    }
}
