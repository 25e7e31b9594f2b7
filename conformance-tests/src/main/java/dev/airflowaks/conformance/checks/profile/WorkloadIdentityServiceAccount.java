package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.azure.IdentityInfo;
import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import io.fabric8.kubernetes.api.model.ServiceAccount;

import java.util.Map;
import java.util.Optional;

/**
 * The guide's ServiceAccount: annotated with the identity's client id and the tenant. ESO reads these annotations to
 * mint the token it exchanges, so a wrong value breaks secret sync far downstream.
 */
final class WorkloadIdentityServiceAccount implements ServiceAccountExpectation {

    static final String CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";
    static final String TENANT_ID_ANNOTATION = "azure.workload.identity/tenant-id";

    @Override
    public void compare(CheckContext c, ServiceAccount sa, Verification v) {
        Expectations expect = c.run().expectations();
        Optional<IdentityInfo> identity = c.run().azure().flatMap(AzureReader::identity);
        String clientId = expect.find(Expectations.CLIENT_ID).or(() -> identity.map(IdentityInfo::clientId))
                .orElseThrow(() -> new MissingExpectationException(Expectations.CLIENT_ID));
        String tenant = expect.find(Expectations.TENANT_ID).or(() -> identity.map(IdentityInfo::tenantId))
                .orElseThrow(() -> new MissingExpectationException(Expectations.TENANT_ID));
        Map<String, String> annotations = sa.getMetadata().getAnnotations() == null ? Map.of()
                : sa.getMetadata().getAnnotations();
        v.equal(CLIENT_ID_ANNOTATION, clientId, annotations.get(CLIENT_ID_ANNOTATION))
                .equal(TENANT_ID_ANNOTATION, tenant, annotations.get(TENANT_ID_ANNOTATION));
    }
}
