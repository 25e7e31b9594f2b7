package dev.airflowaks.deployer.teardown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The undo stack of one apply. A step registers how to undo what it is about to create <em>before</em> it acts
 * (as the Strimzi Helm installer does), so a failure at any point knows exactly what this run created. On failure
 * the deployer unwinds the stack in reverse only with {@code --atomic} (by default the partial state is kept, which
 * is what inspecting and resuming need; see {@code FailurePolicy}). Objects that existed before the run are never
 * registered, so unwinding never removes something the user had.
 */
public final class Teardown {

    /** One undo action and what it undoes, for the log. */
    public record Undo(String description, Runnable action) {
    }

    private final Deque<Undo> stack = new ArrayDeque<>();

    /** Registers an undo action; call before the action it undoes. */
    public void register(String description, Runnable action) {
        stack.push(new Undo(description, action));
    }

    /** Forgets the undo actions: called when apply succeeded. */
    public void commit() {
        stack.clear();
    }

    public List<String> pending() {
        return stack.stream().map(Undo::description).toList();
    }

    /**
     * Runs every registered undo in reverse order, continuing past failures.
     *
     * @return the failures, as "description: message"
     */
    public List<String> unwind() {
        List<String> failures = new ArrayList<>();
        while (!stack.isEmpty()) {
            Undo u = stack.pop();
            try {
                u.action().run();
            } catch (RuntimeException e) {
                failures.add(u.description() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
