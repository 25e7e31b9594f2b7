package dev.airflowaks.cli.deploy;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.LocalPortForward;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.InvalidConfigException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code airflow-aks ui}: the guide's {@code kubectl port-forward svc/airflow-webserver 8080:8080}, printing the URL,
 * until interrupted. Prints where the login comes from, never a password.
 */
@Command(name = "ui", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        description = "Port-forward the Airflow webserver and print its URL (Ctrl-C to stop).")
public final class UiCommand implements Callable<Integer> {

    @Mixin
    DeployOptionsMixin options;

    @Option(names = "--port", description = "Local port (default 8080; 0 picks a free one).", defaultValue = "8080")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Local address to listen on (default ${DEFAULT-VALUE}, as kubectl port-forward; "
                    + "0.0.0.0 exposes the UI to the network).")
    String address;

    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws Exception {
        DeployConfig config;
        try {
            config = new ConfigResolver(environment).resolve(options.configFile(), options.flags());
        } catch (InvalidConfigException e) {
            System.err.println("Invalid configuration:");
            e.problems().forEach(p -> System.err.println("  - " + p));
            return ExitCodes.BAD_INPUT;
        }
        java.net.InetAddress listen;
        try {
            listen = java.net.InetAddress.getByName(address);
        } catch (java.net.UnknownHostException e) {
            System.err.println("Invalid --address " + address + ": " + e.getMessage()
                    + ". Use an IP address such as 127.0.0.1.");
            return ExitCodes.BAD_INPUT;
        }
        String service = config.airflowRelease() + "-webserver";
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(Files.readString(config.kubeconfig()))).build();
             LocalPortForward pf = client.services().inNamespace(config.namespace()).withName(service)
                     .portForward(8080, listen, port)) {
            System.out.println("Airflow UI: http://" + listen.getHostAddress() + ":" + pf.getLocalPort() + "/  (svc/" + service + " in "
                    + config.namespace() + "; Ctrl-C to stop)");
            System.out.println("Login: the admin account created by the chart's create-user job "
                    + "(chart value webserver.defaultUser).");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            System.err.println("Failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
