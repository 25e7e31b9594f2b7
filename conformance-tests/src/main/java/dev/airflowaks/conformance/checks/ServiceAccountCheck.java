package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.checks.profile.ServiceAccountExpectation;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import org.junit.jupiter.api.DisplayName;

/**
 * Check 2: the workload-identity ServiceAccount carries the identity's client id and the tenant. ESO reads these
 * annotations to mint the token it exchanges, so a wrong value breaks secret sync far downstream. On the local
 * profile it must only exist, and is reported substituted ({@link ServiceAccountExpectation}).
 */
@DisplayName("Workload-identity ServiceAccount")
@VerifiesStep(GuideStepId.SERVICE_ACCOUNT)
public class ServiceAccountCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("the ServiceAccount's annotations equal the identity's client id and the tenant")
    public void annotationsMatchIdentity(CheckContext c) {
        Expectations expect = c.run().expectations();
        String name = expect.serviceAccount();
        ServiceAccountExpectation expectation = ServiceAccountExpectation.of(c);
        ServiceAccount sa = c.run().client().serviceAccounts().inNamespace(expect.namespace()).withName(name).get();
        Verification v = c.verify(GuideStepId.SERVICE_ACCOUNT, "ServiceAccount " + name, c.run().links().serviceAccount())
                .that("exists", "present", sa != null, sa == null ? "missing" : "present").checkpoint();
        expectation.compare(c, sa, v);
        v.done();
    }
}
