package dev.airflowaks.diagnosis;

import java.util.Optional;

/**
 * One kind of state that will not fix itself. A rule judges one {@link Observation}; it never reads the cluster, so
 * it is a few lines and a unit test, and a new cause (a registry that moved its tags, say) is one new class listed
 * in {@link dev.airflowaks.diagnosis.rules.TerminalRules#all()}.
 */
public interface TerminalRule {

    /** The short name the report shows after "stopped waiting:". */
    String name();

    /** The terminal cause this rule sees, or empty while the state may still settle. */
    Optional<Terminal> judge(Observation observed);
}
