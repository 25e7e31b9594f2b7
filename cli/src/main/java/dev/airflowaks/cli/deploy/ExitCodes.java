package dev.airflowaks.cli.deploy;

/**
 * Exit codes of the deploy commands. "Failed" (the cluster or Azure refused, a wait timed out) and "bad input"
 * (fix your configuration; nothing was changed) are distinct so scripts can tell them apart. {@link #CHANGES}
 * follows Terraform's {@code plan -detailed-exitcode}.
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run failed after it started talking to the cluster or Azure. */
    public static final int FAILED = 1;
    /** {@code plan --detailed-exitcode}: there are changes. */
    public static final int CHANGES = 2;
    /** The configuration or the command line is invalid; no API call was made. */
    public static final int BAD_INPUT = 3;
    /** The user declined a confirmation. */
    public static final int ABORTED = 4;

    private ExitCodes() {
    }
}
