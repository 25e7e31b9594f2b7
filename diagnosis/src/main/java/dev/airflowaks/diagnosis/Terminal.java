package dev.airflowaks.diagnosis;

import dev.airflowaks.guide.GuideStepId;

/**
 * A cause that waiting will not fix, found by a {@link TerminalRule}: a wait that sees one stops and says so, instead
 * of running out its budget and reporting a timeout.
 *
 * @param rule   the rule's name, for example {@code image not found}
 * @param object the object that carries the cause, as {@code kind/name}
 * @param cause  what is wrong, in the cluster's own words where it has them
 * @param fix    the guide step that fixes it
 */
public record Terminal(String rule, String object, String cause, GuideStepId fix) {

    /** {@code stopped waiting: image not found: pod/airflow-postgresql-0 … → fix: infrastructure guide, step '…'}. */
    public String render() {
        return "stopped waiting: " + rule + ": " + object + " " + cause + " → fix: " + fix.reference();
    }

    @Override
    public String toString() {
        return render();
    }
}
