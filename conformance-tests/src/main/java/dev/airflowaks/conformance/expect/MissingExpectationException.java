package dev.airflowaks.conformance.expect;

/**
 * A value the suite must know to judge the target is not configured. This is a harness problem, so it is not an
 * {@link AssertionError}: the report shows the check as broken with the variable to set, never as non-conformant.
 */
public final class MissingExpectationException extends IllegalStateException {

    public MissingExpectationException(String variable) {
        super(variable + " is not set: export it (or put it in the env file given by --env-file /"
                + " -Dconformance.env-file) with the value the guide's step produced");
    }
}
