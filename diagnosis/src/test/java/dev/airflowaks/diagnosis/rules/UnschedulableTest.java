package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kube-scheduler's FitError message: "0/N nodes are available: …" on PodScheduled=False, reason Unschedulable. */
class UnschedulableTest {

    private static Pod pending(String message) {
        return new PodBuilder().withNewMetadata().withName("external-secrets-5d").withNamespace(Build.NS)
                .endMetadata().withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled")
                .withStatus("False").withReason("Unschedulable").withMessage(message).endCondition().endStatus()
                .build();
    }

    @Test
    void everyNodeCordonedIsTerminalWithTheSchedulersReason() {
        String message = "0/3 nodes are available: 3 node(s) were unschedulable. preemption: 0/3 nodes are "
                + "available: 3 Preemption is not helpful for scheduling.";
        Observation o = Observation.empty(Build.NS).withPods(List.of(pending(message)));

        Terminal t = new Unschedulable().judge(o).orElseThrow();

        assertEquals("pod/external-secrets-5d", t.object());
        assertTrue(t.cause().contains("3 node(s) were unschedulable"), t.cause());
        assertEquals(GuideStepId.AKS_CLUSTER, t.fix());
    }

    @Test
    void insufficientResourcesIsTerminal() {
        Observation o = Observation.empty(Build.NS).withPods(List.of(pending(
                "0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are available.")));

        assertTrue(new Unschedulable().judge(o).isPresent());
    }

    @Test
    void anUnboundClaimOrAPodNotYetJudgedKeepsWaitingHere() {
        Observation claim = Observation.empty(Build.NS).withPods(List.of(pending(
                "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.")));
        Observation fresh = Observation.empty(Build.NS).withPods(List.of(Build.pod("external-secrets-5d")));

        assertTrue(new Unschedulable().judge(claim).isEmpty());
        assertTrue(new Unschedulable().judge(fresh).isEmpty());
    }
}
