package dev.airflowaks.cli.twin;

import picocli.CommandLine.Command;

/** {@code airflow-aks twin}: run the embedded twin (Kubernetes API, later Azure and the simulated cluster). */
@Command(name = "twin", mixinStandardHelpOptions = true,
        description = "Run the embedded twin: an offline Kubernetes API (and Azure) that behaves like AKS.",
        subcommands = {TwinStartCommand.class, TwinFaultsCommand.class})
public final class TwinCommand {
}
