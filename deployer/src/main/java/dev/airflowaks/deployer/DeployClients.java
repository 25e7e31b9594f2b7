package dev.airflowaks.deployer;

import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.azure.NoAzureGateway;
import dev.airflowaks.deployer.azure.SdkAzureGateway;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.helm.HelmJavaReleases;
import dev.airflowaks.deployer.helm.HelmReleases;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three clients a run talks through. {@link #connect} builds the real ones from a configuration (kubeconfig
 * file for fabric8 and helm-java, Azure SDK on the JDK HTTP client); tests pass their own. In the local profile no
 * Azure SDK client is built at all: the gateway is {@link NoAzureGateway}, which fails loudly if anything calls it.
 */
public record DeployClients(KubernetesClient kube, HelmReleases helm, AzureGateway azure) implements AutoCloseable {

    public static DeployClients connect(DeployConfig config, Path workDir) {
        Path kubeconfig = config.kubeconfig();
        try {
            Config kc = Config.fromKubeconfig(Files.readString(kubeconfig));
            return connect(config, workDir, new KubernetesClientBuilder().withConfig(kc).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
        }
    }

    /** With the cluster's client already connected ({@link dev.airflowaks.deployer.kube.ApiServerCheck#connect}). */
    public static DeployClients connect(DeployConfig config, Path workDir, KubernetesClient kube) {
        return new DeployClients(kube, new HelmJavaReleases(config.kubeconfig(), workDir), azure(config));
    }

    /** The SDK gateway for the guide; none for the local profile (its gateway throws on every call). */
    static AzureGateway azure(DeployConfig config) {
        return config.profile() == Profile.LOCAL ? new NoAzureGateway()
                : new SdkAzureGateway(new AzureClients(config));
    }

    @Override
    public void close() {
        kube.close();
    }
}
