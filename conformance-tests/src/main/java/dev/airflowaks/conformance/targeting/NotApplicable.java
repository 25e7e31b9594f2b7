package dev.airflowaks.conformance.targeting;

import org.opentest4j.TestAbortedException;

/**
 * The typed signal that a check cannot prove anything on this target (a capability it needs is missing), so the
 * results collector files it as not applicable by its type, never by parsing a skip reason. It aborts the check (or
 * its whole class) before any of its code runs; JUnit reports that as aborted, not as a failure.
 */
public final class NotApplicable extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    /** @param reason why the check does not apply, naming what is missing and, where one exists, the fix */
    public NotApplicable(String reason) {
        super(reason);
    }

    /** Why the check does not apply here, for the report. */
    public String reason() {
        return getMessage();
    }
}
