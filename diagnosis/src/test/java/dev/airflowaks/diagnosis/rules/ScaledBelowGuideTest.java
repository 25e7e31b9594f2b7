package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaledBelowGuideTest {

    private static Deployment deployment(String name, int replicas, int ready) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(Build.NS).endMetadata()
                .withNewSpec().withReplicas(replicas).endSpec().withNewStatus().withReadyReplicas(ready).endStatus()
                .build();
    }

    @Test
    void esoControllerScaledToZeroIsTerminalAndNamesTheGuidesCount() {
        Observation o = Observation.empty(Build.NS).withDeployments(List.of(deployment("external-secrets", 0, 0)));

        Terminal t = new ScaledBelowGuide().judge(o).orElseThrow();

        assertEquals("deployment/external-secrets", t.object());
        assertTrue(t.cause().contains("wants 0 replica(s), the guide installs 1"), t.cause());
        assertEquals(GuideStepId.INSTALL_ESO, t.fix());
        assertTrue(t.render().startsWith("stopped waiting: scaled below the guide: "), t.render());
    }

    @Test
    void aDeploymentAtTheGuidesCountThatIsNotReadyYetKeepsWaiting() {
        Observation o = Observation.empty(Build.NS).withDeployments(List.of(deployment("airflow-scheduler", 1, 0)));

        assertTrue(new ScaledBelowGuide().judge(o).isEmpty());
    }
}
