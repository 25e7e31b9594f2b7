package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;

import java.util.List;
import java.util.Optional;

/**
 * The terminal rules, deepest cause first: a PVC that can never bind explains the FailedMount and the Pending pod
 * above it, and nodes that take no pod explain everything that runs on them. The first rule that fires names the
 * cause a wait stops on.
 */
public final class TerminalRules {

    private final List<TerminalRule> rules;

    public TerminalRules(List<TerminalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static TerminalRules all() {
        return new TerminalRules(List.of(new Unschedulable(), new ScaledBelowGuide(), new ImageNotFound(),
                new UnbindableClaim(), new TokenExchangeRefused(), new AccessPolicyDenied(),
                new SecretProviderError(), new RepeatedFailedMount(), new CrashLooping()));
    }

    public List<TerminalRule> rules() {
        return rules;
    }

    /** The first terminal cause in rule order, or empty while everything may still settle. */
    public Optional<Terminal> first(Observation observed) {
        return rules.stream().map(r -> r.judge(observed)).flatMap(Optional::stream).findFirst();
    }
}
