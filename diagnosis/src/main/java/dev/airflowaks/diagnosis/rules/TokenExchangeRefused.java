package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.guide.GuideStepId;

/**
 * Entra refused the workload-identity token exchange with an {@code AADSTS} code (AADSTS70021: no federated
 * credential matches the issuer/subject/audience): the federated credential is missing or wrong.
 */
public final class TokenExchangeRefused extends ProviderErrorRule {

    @Override
    public String name() {
        return "token exchange refused";
    }

    @Override
    boolean recognises(String error, boolean secretMissing) {
        return error.contains("AADSTS");
    }

    @Override
    GuideStepId fix() {
        return GuideStepId.FEDERATED_CREDENTIAL;
    }
}
