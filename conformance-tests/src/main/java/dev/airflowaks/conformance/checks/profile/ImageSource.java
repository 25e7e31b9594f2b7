package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.CheckContext;

import java.util.function.Predicate;

/** Where the Airflow workloads' images must come from: the configured ACR, or the local profile's public images. */
public interface ImageSource {

    /** The guide's ACR, or the public registries of the local profile. */
    static ImageSource of(CheckContext c) {
        return c.run().profile().pick(new AcrImages(), new PublicImages());
    }

    /**
     * The rule for this run; may mark the check substituted or throw
     * {@link dev.airflowaks.conformance.expect.MissingExpectationException} (broken) when it cannot be known.
     */
    Rule rule(CheckContext c);

    /** @param source for the comparison's name, e.g. {@code airflowaksacr.azurecr.io/}; {@code allowed} judges one image */
    record Rule(String source, Predicate<String> allowed) {
    }
}
