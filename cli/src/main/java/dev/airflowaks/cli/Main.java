package dev.airflowaks.cli;

import dev.airflowaks.cli.config.ConfigCommand;
import dev.airflowaks.cli.deploy.ApplyCommand;
import dev.airflowaks.cli.deploy.ExitCodes;
import dev.airflowaks.cli.deploy.DestroyCommand;
import dev.airflowaks.cli.deploy.PlanCommand;
import dev.airflowaks.cli.deploy.StatusCommand;
import dev.airflowaks.cli.deploy.UiCommand;
import dev.airflowaks.cli.twin.TwinCommand;
import dev.airflowaks.cli.verify.RunCommand;
import dev.airflowaks.cli.verify.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code airflow-aks} executable. Each subcommand is its own class so that the
 * jar's surface reads like the guide: start a target, plan, apply, verify, destroy, or do it all with {@code run}.
 */
@Command(name = "airflow-aks", mixinStandardHelpOptions = true, version = "airflow-aks 0.1.0",
        description = "Apache Airflow on AKS, as software: deploy the guide, prove conformance, report.",
        subcommands = {CommandLine.HelpCommand.class, RunCommand.class, TwinCommand.class,
            ConfigCommand.class, PlanCommand.class, ApplyCommand.class, StatusCommand.class, DestroyCommand.class, UiCommand.class,
            VerifyCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with every command's usage errors exiting 3 ("bad input"): picocli's default 2 collided with
     * 2 meaning "changes" ({@code plan --detailed-exitcode}) or "inconclusive" ({@code run}, {@code verify}).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        badInputExitsThree(cl);
        return cl;
    }

    private static void badInputExitsThree(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.BAD_INPUT);
        cl.getSubcommands().values().forEach(Main::badInputExitsThree);
    }
}
