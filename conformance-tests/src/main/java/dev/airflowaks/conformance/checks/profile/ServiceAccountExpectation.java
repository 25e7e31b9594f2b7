package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;

/** What the existing workload-identity ServiceAccount must carry; the check has already verified it exists. */
public interface ServiceAccountExpectation {

    /** The guide's annotated ServiceAccount, or the local profile's plain one. */
    static ServiceAccountExpectation of(CheckContext c) {
        return c.run().profile().pick(new WorkloadIdentityServiceAccount(), new PlainServiceAccount());
    }

    /** Adds this profile's comparisons of {@code sa} to {@code v} (the caller calls {@code done()}). */
    void compare(CheckContext c, ServiceAccount sa, Verification v);
}
