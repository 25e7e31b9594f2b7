package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.azure.IdentityInfo;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import dev.airflowaks.conformance.guide.GuideStep;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;

import java.util.Map;
import java.util.Optional;

/**
 * Check 2: the workload-identity ServiceAccount carries the identity's client id and the tenant. ESO reads these
 * annotations to mint the token it exchanges, so a wrong value breaks secret sync far downstream.
 */
@Order(2)
@DisplayName("2. Workload-identity ServiceAccount")
@VerifiesStep(value = GuideStep.SERVICE_ACCOUNT, check = 2)
public class ServiceAccountCheck extends GuideCheck {

    public static final String CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";
    public static final String TENANT_ID_ANNOTATION = "azure.workload.identity/tenant-id";

    @ConformanceCheck
    @DisplayName("the ServiceAccount's annotations equal the identity's client id and the tenant")
    public void annotationsMatchIdentity(CheckContext c) {
        Expectations expect = c.run().expectations();
        Optional<IdentityInfo> identity = c.run().azure().flatMap(AzureReader::identity);
        String clientId = expect.find(Expectations.CLIENT_ID).or(() -> identity.map(IdentityInfo::clientId))
                .orElseThrow(() -> new MissingExpectationException(Expectations.CLIENT_ID));
        String tenant = expect.find(Expectations.TENANT_ID).or(() -> identity.map(IdentityInfo::tenantId))
                .orElseThrow(() -> new MissingExpectationException(Expectations.TENANT_ID));
        String name = expect.serviceAccount();
        ServiceAccount sa = c.run().client().serviceAccounts().inNamespace(expect.namespace()).withName(name).get();
        Map<String, String> annotations = sa == null || sa.getMetadata().getAnnotations() == null ? Map.of()
                : sa.getMetadata().getAnnotations();
        Verification v = c.verify(GuideStep.SERVICE_ACCOUNT, "ServiceAccount " + name, c.run().links().serviceAccount())
                .that("exists", "present", sa != null, sa == null ? "missing" : "present").checkpoint();
        v.equal(CLIENT_ID_ANNOTATION, clientId, annotations.get(CLIENT_ID_ANNOTATION))
                .equal(TENANT_ID_ANNOTATION, tenant, annotations.get(TENANT_ID_ANNOTATION))
                .done();
    }
}
