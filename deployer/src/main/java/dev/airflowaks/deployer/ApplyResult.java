package dev.airflowaks.deployer;

import java.util.List;

/**
 * The result of an apply.
 *
 * @param succeeded     every step finished
 * @param steps         one outcome per step that ran
 * @param resumedAfter  steps recorded done by a previous run (empty for a fresh apply)
 * @param undone        what was undone after a failure (empty unless --atomic, and after an interrupt)
 * @param undoFailures  undo actions that failed (the user must clean those up)
 */
public record ApplyResult(boolean succeeded, List<StepOutcome> steps, List<String> resumedAfter,
                          List<String> undone, List<String> undoFailures) {

    public ApplyResult {
        steps = List.copyOf(steps);
        resumedAfter = List.copyOf(resumedAfter);
        undone = List.copyOf(undone);
        undoFailures = List.copyOf(undoFailures);
    }
}
