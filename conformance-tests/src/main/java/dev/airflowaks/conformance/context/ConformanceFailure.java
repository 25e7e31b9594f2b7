package dev.airflowaks.conformance.context;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.rootcause.RootCause;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The target does not match the guide. An {@link AssertionError} on purpose: the report counts it as "failed"
 * (non-conformant), while any other exception means "broken" (the harness or the target could not be judged).
 * Carries the guide step, every mismatch, the root cause and the objects to collect evidence for.
 */
public final class ConformanceFailure extends AssertionError {

    private final GuideStepId step;
    private final String subject;
    private final List<Mismatch> mismatches;
    private final transient RootCause rootCause;
    private final List<ObjectRef> objects;

    public ConformanceFailure(GuideStepId step, String subject, List<Mismatch> mismatches, RootCause rootCause,
                              List<ObjectRef> objects) {
        super(render(step, subject, mismatches, rootCause));
        this.step = step;
        this.subject = subject;
        this.mismatches = List.copyOf(mismatches);
        this.rootCause = rootCause;
        this.objects = List.copyOf(objects);
    }

    private static String render(GuideStepId step, String subject, List<Mismatch> mismatches, RootCause rootCause) {
        String lines = mismatches.stream().map(m -> "  - " + m).collect(Collectors.joining("\n"));
        String cause = rootCause == null ? "fix: " + step.reference() : "root cause: " + rootCause.render();
        return "[" + step.reference() + "] " + subject + " does not match the guide:\n" + lines + "\n" + cause;
    }

    public GuideStepId step() {
        return step;
    }

    public String subject() {
        return subject;
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }

    public Optional<RootCause> rootCause() {
        return Optional.ofNullable(rootCause);
    }

    /** The step that fixes it: the root cause's when known, else the check's own. */
    public GuideStepId fix() {
        return rootCause == null ? step : rootCause.fix();
    }

    /**
     * The root cause as the report records it: the rendered chain, or, when the check's own finding is the cause,
     * its subject, first mismatch and fix. {@code HeadlineCause} ranks failures by this line's fix step.
     */
    public String rootCauseLine() {
        return rootCause().map(RootCause::render).orElseGet(() -> subject + " " + (mismatches.isEmpty()
                ? "does not match the guide" : mismatches.get(0)) + " → fix: " + fix().reference());
    }

    /** The checked objects plus every object on the root-cause chain. */
    public List<ObjectRef> objects() {
        return objects;
    }
}
