package dev.airflowaks.conformance.context;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.rootcause.Link;
import dev.airflowaks.conformance.rootcause.RootCause;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Soft comparisons for one guide step: every expected-vs-actual is recorded, and {@link #done()} throws one
 * {@link ConformanceFailure} listing all mismatches with the root cause, so a reader sees everything at once.
 */
public final class Verification {

    private final CheckContext check;
    private final GuideStepId step;
    private final String subject;
    private final Link symptom;
    private final List<Mismatch> compared = new ArrayList<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final List<ObjectRef> objects = new ArrayList<>();

    public Verification(CheckContext check, GuideStepId step, String subject, Link symptom) {
        this.check = check;
        this.step = step;
        this.subject = subject;
        this.symptom = symptom;
        if (symptom != null) {
            symptom.object().ifPresent(objects::add);
        }
    }

    /** Records an object to collect evidence for if this verification fails. */
    public Verification about(ObjectRef object) {
        objects.add(object);
        return this;
    }

    public Verification equal(String what, Object expected, Object actual) {
        return that(what, String.valueOf(expected), Objects.equals(String.valueOf(expected), String.valueOf(actual)),
                String.valueOf(actual));
    }

    public Verification that(String what, String expected, boolean holds, String actual) {
        Mismatch m = new Mismatch(what, expected, actual);
        compared.add(m);
        if (!holds) {
            mismatches.add(m);
        }
        return this;
    }

    /** Stops here if something already failed (later comparisons would only repeat the cause). */
    public Verification checkpoint() {
        if (!mismatches.isEmpty()) {
            done();
        }
        return this;
    }

    public boolean failed() {
        return !mismatches.isEmpty();
    }

    /** Publishes the comparisons and throws if any mismatched. */
    public void done() {
        check.publish(CheckContext.COMPARED, compared.stream().map(m -> m.what() + ": expected " + m.expected()
                + ", actual " + m.actual()).collect(Collectors.joining("\n")));
        check.publish(CheckContext.EXPECTED, compared.stream().map(m -> m.what() + ": " + m.expected())
                .collect(Collectors.joining("\n")));
        check.publish(CheckContext.ACTUAL, compared.stream().map(m -> m.what() + ": " + m.actual())
                .collect(Collectors.joining("\n")));
        if (mismatches.isEmpty()) {
            return;
        }
        Optional<RootCause> cause = symptom == null ? Optional.empty() : check.run().analyzer().explain(symptom);
        List<ObjectRef> all = new ArrayList<>(objects);
        cause.ifPresent(c -> c.chain().stream().map(RootCause.Element::object).filter(Objects::nonNull)
                .filter(o -> !all.contains(o)).forEach(all::add));
        throw new ConformanceFailure(step, subject, mismatches, cause.orElse(null), all);
    }
}
