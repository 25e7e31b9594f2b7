package dev.airflowaks.deployer.config;

import java.util.Optional;

/**
 * A check of one value. Returns the problem and the fix in the user's terms, or empty when the value is fine.
 */
@FunctionalInterface
public interface Rule {

    /** @return a problem for {@code variable}, or empty */
    Optional<ConfigProblem> check(String variable, String value);
}
