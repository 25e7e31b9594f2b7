package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.config.ConfigKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every deploy command shares. A setting comes from these flags first, then the {@code --config} file,
 * then the guide's variables in the environment, then defaults (a flag on the command line wins, as in kubectl, Helm
 * and Terraform).
 */
public final class DeployOptionsMixin {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML file of NAME: value settings (the guide's variable names).")
    Path config;

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "kubeconfig file (KUBECONFIG).")
    Path kubeconfig;

    @Option(names = "--eso-chart", paramLabel = "URL|DIR|TGZ",
            description = "ESO chart: repository URL (default https://charts.external-secrets.io), "
                    + "chart directory or .tgz.")
    String esoChart;

    @Option(names = "--airflow-chart", paramLabel = "URL|DIR|TGZ",
            description = "Airflow chart: repository URL (default https://airflow.apache.org), chart directory or .tgz.")
    String airflowChart;

    @Option(names = "--values", paramLabel = "FILE",
            description = "YAML file of Airflow values merged over the generated ones (AIRFLOW_AKS_VALUES).")
    Path values;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Any setting by its variable name, e.g. --set AKS_AIRFLOW_NAMESPACE=airflow. "
                    + "Wins over --config and the environment.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Private directory for generated values and Helm repository config "
                    + "(default: a temporary directory).")
    Path workDir;

    Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }

    /** The flags as settings keyed by variable name. */
    Map<String, String> flags() {
        Map<String, String> out = new LinkedHashMap<>(settings);
        if (kubeconfig != null) {
            out.put(ConfigKey.KUBECONFIG.name(), kubeconfig.toString());
        }
        if (esoChart != null) {
            out.put(ConfigKey.AIRFLOW_AKS_ESO_CHART.name(), esoChart);
        }
        if (airflowChart != null) {
            out.put(ConfigKey.AIRFLOW_AKS_AIRFLOW_CHART.name(), airflowChart);
        }
        if (values != null) {
            out.put(ConfigKey.AIRFLOW_AKS_VALUES.name(), values.toString());
        }
        return out;
    }
}
