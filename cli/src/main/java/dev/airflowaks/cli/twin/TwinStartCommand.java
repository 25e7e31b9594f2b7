package dev.airflowaks.cli.twin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.EmptyTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code twin start}: starts the twin on 127.0.0.1, writes the kubeconfig, prints one line with the API URL and
 * runs until SIGINT/SIGTERM, then stops cleanly (the JVM shutdown hook closes the twin).
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start the twin and run until interrupted (Ctrl-C).")
public final class TwinStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "Where to write the kubeconfig for kubectl, Helm and the deployer (required unless "
                    + "--empty; with --empty, the created cluster's kubeconfig also lands here).")
    Path kubeconfig;

    @Option(names = "--empty", description = "Start with only a subscription and a tenant (the env file then holds "
            + "just the Azure connection settings), for apply --infra: creating the AKS cluster through ARM starts "
            + "the simulated cluster.")
    boolean empty;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Write the Azure side's settings here as export lines (guide variable names); "
                    + "load them with 'set -a; . FILE'.")
    Path envFile;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "API server port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Simulate a human mistake (repeatable); see 'twin faults'.")
    List<String> faults = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (envFile != null && envFile.toAbsolutePath().getParent() != null
                && !Files.isDirectory(envFile.toAbsolutePath().getParent())) {
            throw new ParameterException(spec.commandLine(), "--env-file " + envFile
                    + ": its directory does not exist; create it or choose another path");
        }
        List<Fault> parsed = new ArrayList<>();
        for (String f : faults) {
            try {
                parsed.add(Fault.parse(f));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (empty) {
            return runEmpty(out, parsed);
        }
        if (kubeconfig == null) {
            throw new ParameterException(spec.commandLine(), "--kubeconfig FILE is required (unless --empty)");
        }
        EmbeddedTwin twin = EmbeddedTwin.start(TwinOptions.defaults().port(port).kubeconfig(kubeconfig)
                .envFile(envFile).faults(FaultSet.of(parsed)).simulated(true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            twin.close();
            stopped.countDown();
        }, "twin-shutdown"));
        out.println("Kubernetes API " + twin.apiUrl() + " (kubeconfig " + twin.kubeconfig().toAbsolutePath() + ")"
                + twin.azure().map(a -> "; Azure " + a.armEndpoint()
                        + (envFile == null ? "" : " (env file " + envFile.toAbsolutePath() + ")")).orElse("")
                + (parsed.isEmpty() ? "" : "; faults " + FaultSet.of(parsed)));
        out.flush();
        stopped.await();
        return 0;
    }

    private int runEmpty(PrintWriter out, List<Fault> parsed) throws InterruptedException {
        EmptyTwin twin = EmptyTwin.start(TwinOptions.defaults().port(port).kubeconfig(kubeconfig).envFile(envFile)
                .faults(FaultSet.of(parsed)).simulated(true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            twin.close();
            stopped.countDown();
        }, "twin-shutdown"));
        out.println("Azure " + twin.azure().armEndpoint() + " (empty subscription "
                + twin.azure().options().subscriptionId() + (envFile == null ? "" : "; env file "
                + envFile.toAbsolutePath()) + "); no cluster until one is created (apply --infra)");
        out.flush();
        stopped.await();
        return 0;
    }
}
