package dev.airflowaks.cli.deploy;

import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.azure.Prerequisites;
import dev.airflowaks.deployer.azure.SdkAzureGateway;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;
import java.io.PrintStream;
import java.util.List;

/**
 * The deploy-only {@code plan} and {@code apply} check the infrastructure article's results first (issue 17,
 * point 4) and stop, changing nothing, when one is missing. The local profile makes no Azure call and is skipped.
 */
final class PrerequisiteCheck {

    private PrerequisiteCheck() {
    }

    /**
     * @return true when every prerequisite is there (or the profile needs none). Reads through the deploy's own
     * Azure gateway when it is the SDK's: its clients, credential and token, instead of a second set (a second
     * credential asked Entra for a second token before every {@code apply}).
     */
    static boolean passes(DeployConfig config, AzureGateway deploying, PrintStream err) {
        if (config.profile() == Profile.LOCAL) {
            return true;
        }
        AzureClients clients = deploying instanceof SdkAzureGateway sdk ? sdk.clients() : new AzureClients(config);
        List<Prerequisites.Missing> missing = new Prerequisites(new SdkAzureGateway(clients),
                Prerequisites.sdk(clients)).missing(config);
        if (missing.isEmpty()) {
            return true;
        }
        err.println("The infrastructure the deploy needs is incomplete; nothing was changed:");
        missing.forEach(m -> err.println("  - " + m.render()));
        return false;
    }
}
