package dev.airflowaks.deployer.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before any API call when the configuration is unusable. The CLI maps it to the "bad input" exit code,
 * distinct from a failed deployment.
 */
public final class InvalidConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.size() + " configuration problem(s):" + problems.stream()
                .map(p -> "\n  - " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
