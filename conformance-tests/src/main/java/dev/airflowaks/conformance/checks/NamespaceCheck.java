package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.api.DisplayName;

/** Check 1: everything the guide deploys lives in {@code AKS_AIRFLOW_NAMESPACE}, so it must exist and be Active. */
@DisplayName("Namespace")
@VerifiesStep(GuideStepId.NAMESPACE)
public class NamespaceCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("the Airflow namespace exists and is Active")
    public void namespaceIsActive(CheckContext c) {
        String name = c.run().expectations().namespace();
        Namespace ns = c.run().client().namespaces().withName(name).get();
        String phase = ns == null ? "missing" : ns.getStatus() == null ? "no status" : ns.getStatus().getPhase();
        c.verify(GuideStepId.NAMESPACE, "Namespace " + name, null).about(ObjectRef.cluster("Namespace", name))
                .equal("phase", "Active", phase).done();
    }
}
