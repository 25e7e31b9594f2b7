package dev.airflowaks.cli.twin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.airflowaks.targets.faults.Fault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code twin faults}: lists the faults {@code --fault} accepts, one per line. */
@Command(name = "faults", mixinStandardHelpOptions = true, description = "List the faults the twin can simulate.")
public final class TwinFaultsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Fault f : Fault.values()) {
            out.println(f.id() + "  " + f.description());
        }
        out.flush();
        return 0;
    }
}
