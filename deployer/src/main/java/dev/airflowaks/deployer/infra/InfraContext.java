package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.progress.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything an infrastructure step needs for one run: the configuration holding the article's names, the Azure
 * clients, the named budgets of the long-running operations, where the user kubeconfig goes, the clock of the
 * creation-time tag and the progress listener.
 */
public record InfraContext(DeployConfig config, AzureClients azure, InfraBudgets budgets, Optional<Path> kubeconfigOut,
                           Clock clock, ProgressListener progress) {

    public String location() {
        return config.require(ConfigKey.MY_LOCATION);
    }

    public String resourceGroup() {
        return config.resourceGroup();
    }

    public String subscriptionId() {
        return config.subscriptionId();
    }

    /** The ARM id of a resource of the article's group, e.g. {@code Microsoft.KeyVault/vaults/kv1}. */
    public String resourceId(String providerPath) {
        return "/subscriptions/" + subscriptionId() + "/resourceGroups/" + resourceGroup() + "/providers/" + providerPath;
    }
}
