package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.infra.Infrastructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * {@code apply --infra} for another command ({@code run --infra}): the same options, the same steps and messages,
 * but with an environment the caller gives (the run's own twin, never the user's shell) and the infrastructure's
 * outcome handed back, so the run can put each infrastructure step into its guide-step matrix.
 */
public final class InfraApply {

    /**
     * @param exitCode the apply's exit code (0 done, 1 failed, 3 bad input)
     * @param infra    the infrastructure's outcome; empty when apply stopped before the infrastructure ran
     */
    public record Outcome(int exitCode, Optional<Infrastructure.Result> infra) {
    }

    private InfraApply() {
    }

    /** Runs {@code apply --infra <args>} with {@code environment} as its whole environment. */
    public static Outcome run(Map<String, String> environment, List<String> args) {
        ApplyCommand command = new ApplyCommand();
        command.environment = Map.copyOf(environment);
        AtomicReference<Infrastructure.Result> infra = new AtomicReference<>();
        command.infraOutcome = infra::set;
        String[] argv = java.util.stream.Stream.concat(java.util.stream.Stream.of("--infra"), args.stream())
                .toArray(String[]::new);
        int exit = new CommandLine(command).execute(argv);
        return new Outcome(exit, Optional.ofNullable(infra.get()));
    }
}
