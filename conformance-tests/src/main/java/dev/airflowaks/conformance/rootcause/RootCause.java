package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.kube.ObjectRef;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The explanation of a failure: the chain from the symptom to the first broken link, and the guide step that fixes
 * that link. Rendered as {@code pod airflow-scheduler Pending ← PVC pvc-airflow-logs Pending ← ... → fix: deploy
 * guide, step 'federated credential'}.
 */
public record RootCause(List<Element> chain, GuideStepId fix) {

    /** One rendered link: its label, its state, and its object for evidence (may be null). */
    public record Element(String label, String state, boolean broken, ObjectRef object) {
        @Override
        public String toString() {
            return label + " " + state;
        }
    }

    public RootCause {
        chain = List.copyOf(chain);
    }

    /** The link where the chain breaks first, seen from Azure upwards. */
    public Element brokenLink() {
        return chain.get(chain.size() - 1);
    }

    public String render() {
        return chain.stream().map(Element::toString).collect(Collectors.joining(" ← ")) + " → fix: "
                + fix.reference();
    }

    @Override
    public String toString() {
        return render();
    }
}
