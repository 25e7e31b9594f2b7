package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;

/**
 * The local profile's ServiceAccount: it must exist under the guide's name (the chart and the ExternalSecret refer to
 * it), and carries no workload-identity annotations because there is no Entra to federate with. Its existence is
 * all there is to prove, so the check is reported substituted for workload identity.
 */
final class PlainServiceAccount implements ServiceAccountExpectation {

    @Override
    public void compare(CheckContext c, ServiceAccount sa, Verification v) {
        c.substitutedBy("service-account");
    }
}
