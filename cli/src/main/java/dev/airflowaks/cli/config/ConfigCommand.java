package dev.airflowaks.cli.config;

import dev.airflowaks.deployer.config.ConfigKey;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code airflow-aks config keys}: the settings the deploy commands accept (environment, {@code --config} file,
 * {@code --set NAME=VALUE}), each with what it needs and means, straight from {@link ConfigKey}, the one list the
 * resolver and the validator use. The unknown-key message points here.
 */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Inspect the deploy settings.",
        subcommands = ConfigCommand.Keys.class)
public final class ConfigCommand {

    /** Lists every accepted name with its need, default and meaning. */
    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "List the accepted setting names (environment, --config file, --set) with their meaning.")
    static final class Keys implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.println("Settings, by name (environment variable, --config file key, or --set NAME=VALUE):");
            for (ConfigKey key : ConfigKey.values()) {
                String need = key.need().name().toLowerCase(Locale.ROOT);
                String dflt = key.defaultValue().map(d -> ", default " + d).orElse("");
                out.printf(Locale.ROOT, "  %-40s %s%s%n      %s%n", key.name(), need, dflt, key.description());
            }
            out.flush();
            return 0;
        }
    }
}
