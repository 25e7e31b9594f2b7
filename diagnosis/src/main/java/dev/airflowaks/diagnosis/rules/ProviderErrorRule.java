package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.Optional;

/**
 * The shape shared by the rules that read an ExternalSecret's provider error: which errors the rule recognises, and
 * which guide step fixes them. ESO retries with back-off, but the answer from Entra or Key Vault does not change until
 * someone fixes the Azure side.
 */
abstract class ProviderErrorRule implements TerminalRule {

    /** Whether this rule recognises the provider's error text. */
    abstract boolean recognises(String error, boolean secretMissing);

    abstract GuideStepId fix();

    @Override
    public final Optional<Terminal> judge(Observation observed) {
        for (GenericKubernetesResource es : observed.externalSecrets()) {
            Optional<String> error = ExternalSecretErrors.failed(observed, es);
            String target = ExternalSecretErrors.targetSecret(es);
            boolean missing = !observed.secretNames().contains(target);
            if (error.isPresent() && recognises(error.get(), missing)) {
                return Optional.of(new Terminal(name(), "externalsecret/" + es.getMetadata().getName(),
                        (missing ? "(Secret " + target + " missing) " : "") + error.get(), fix()));
            }
        }
        return Optional.empty();
    }
}
