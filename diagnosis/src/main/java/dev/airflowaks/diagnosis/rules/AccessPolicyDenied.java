package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.guide.GuideStepId;

/**
 * Key Vault answered 403 {@code Forbidden} to the identity's secret read: the access policy the guide grants is
 * missing (an audience error, AKV10022, is a token problem and is left to the generic provider rule).
 */
public final class AccessPolicyDenied extends ProviderErrorRule {

    @Override
    public String name() {
        return "Key Vault access denied";
    }

    @Override
    boolean recognises(String error, boolean secretMissing) {
        return (error.contains("403") || error.contains("Forbidden")) && !error.contains("AKV10022")
                && !error.contains("AADSTS");
    }

    @Override
    GuideStepId fix() {
        return GuideStepId.ACCESS_POLICY;
    }
}
