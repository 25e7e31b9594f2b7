package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.kube.GuideNames;

import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.HelmReleases;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.kube.KubeApplier;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.teardown.Teardown;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Everything a step needs for one run: the resolved configuration (derived values filled in), the clients, the
 * undo stack, the progress listener and the run's interruption token. Per-run state lives here, never in statics.
 * {@code keepDatabase} is {@code destroy --keep-database}: the namespace step keeps the metadata database's claim (and
 * so the namespace).
 */
public record DeployContext(DeployConfig config, KubernetesClient kube, KubeApplier applier, HelmReleases helm,
                            AzureGateway azure, ValuesGenerator values, Budgets budgets, Teardown teardown,
                            ProgressListener progress, boolean keepDatabase, Interruption interruption) {

    /** A context nobody interrupts (plan, destroy, tests). */
    public DeployContext(DeployConfig config, KubernetesClient kube, KubeApplier applier, HelmReleases helm,
                         AzureGateway azure, ValuesGenerator values, Budgets budgets, Teardown teardown,
                         ProgressListener progress, boolean keepDatabase) {
        this(config, kube, applier, helm, azure, values, budgets, teardown, progress, keepDatabase,
                Interruption.none());
    }

    /** The external-secrets.io version to write (discovery, else the pinned chart's). */
    public String esoApiVersion() {
        return GuideNames.ESO_GROUP + "/" + EsoApiVersion.choose(kube, config.esoChart());
    }
}
