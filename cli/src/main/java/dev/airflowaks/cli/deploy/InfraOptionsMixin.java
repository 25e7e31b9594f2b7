package dev.airflowaks.cli.deploy;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of the infrastructure article ({@code plan|apply|destroy --infra}). */
public final class InfraOptionsMixin {

    @Option(names = "--infra", description = "Also the infrastructure article: resource group, identity, Key Vault, "
            + "ACR with the images, storage account, AKS cluster and its user kubeconfig (written to --kubeconfig).")
    boolean enabled;

    @Option(names = "--env-file", paramLabel = "FILE", description = "With --infra: read the Azure settings from "
            + "this file (under the environment) and write the article's names to it as export lines.")
    Path envFile;

    @Option(names = "--name-suffix", paramLabel = "SUFFIX", description = "With --infra: suffix of the globally "
            + "unique names (vault, registry, storage account); default: derived from subscription and group.")
    String nameSuffix;

    Optional<Path> envFile() {
        return Optional.ofNullable(envFile);
    }

    Optional<String> nameSuffix() {
        return Optional.ofNullable(nameSuffix);
    }
}
