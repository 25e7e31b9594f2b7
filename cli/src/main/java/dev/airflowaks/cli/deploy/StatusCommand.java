package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.DeploymentStatus;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code airflow-aks status}: the progress recorded by the last apply and whether the cluster still matches. */
@Command(name = "status", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = {"Show the recorded progress of the last apply and whether the cluster still matches the guide.",
            "Exit codes: 0 converged, 2 not converged, 1 failed, 3 bad input."})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        return new DeployRunner(environment, System.out, System.err).run(options, o -> o, (deployer, config) -> {
            DeploymentStatus status = deployer.status();
            System.out.print(status.render());
            return status.converged() ? ExitCodes.OK : ExitCodes.CHANGES;
        });
    }
}
