package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalRulesTest {

    @Test
    void nodesThatTakeNoPodAreNamedBeforeTheCrashLoopsAboveThem() {
        var unschedulable = new PodBuilder().withNewMetadata().withName("airflow-scheduler-1").endMetadata()
                .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").withMessage("0/1 nodes are available: 1 node(s) had untolerated taint "
                        + "{maintenance: true}.").endCondition().endStatus().build();
        var crashing = Build.pod("external-secrets-1", Build.waiting("external-secrets", "eso:v0.10.5",
                "CrashLoopBackOff", "back-off", 5));
        Observation o = Observation.empty(Build.NS).withPods(List.of(crashing, unschedulable));

        assertEquals("no node can take the pod", TerminalRules.all().first(o).orElseThrow().rule());
    }

    @Test
    void aHealthyEmptyNamespaceHasNoTerminalCause() {
        assertTrue(TerminalRules.all().first(Observation.empty(Build.NS)).isEmpty());
    }
}
