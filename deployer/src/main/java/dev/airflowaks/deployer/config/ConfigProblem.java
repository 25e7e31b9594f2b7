package dev.airflowaks.deployer.config;

/**
 * One bad setting: which variable, what is wrong, and how to fix it. Validation returns all of them at once so a
 * user fixes their environment in one pass instead of one error per run.
 */
public record ConfigProblem(String variable, String problem, String fix) {

    @Override
    public String toString() {
        return variable + ": " + problem + ". Fix: " + fix;
    }
}
