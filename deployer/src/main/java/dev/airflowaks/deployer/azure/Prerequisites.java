package dev.airflowaks.deployer.azure;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.guide.GuideStepId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the deploy article takes from the infrastructure article, checked before the deploy plan or apply changes
 * anything: the logs container, the two vault secrets, the registry, and the cluster's OIDC issuer, workload
 * identity and blob CSI driver. Each missing one is named with the infrastructure step that creates it, so that a
 * purged container or secret is reported at once instead of as a mount that never succeeds fifteen minutes later.
 */
public final class Prerequisites {

    /** The cluster settings the deploy relies on, as {@code az aks show} reports them. */
    public record ClusterFeatures(boolean oidcIssuer, boolean workloadIdentity, boolean blobCsiDriver) {
    }

    /** The Azure reads beyond {@link AzureGateway}: the cluster's features and whether the registry exists. */
    public interface Reads {
        Optional<ClusterFeatures> cluster(String resourceGroup, String clusterName);

        boolean registryExists(String resourceGroup, String registry);
    }

    /** One missing prerequisite and the infrastructure step that creates it. */
    public record Missing(String what, GuideStepId createdBy) {
        public String render() {
            return what + " is missing: the infrastructure article's step " + createdBy.name() + " (\""
                    + createdBy.title() + "\") creates it; run `airflow-aks apply --infra`, or `"
                    + createdBy.command() + "`";
        }
    }

    private final AzureGateway azure;
    private final Reads reads;

    public Prerequisites(AzureGateway azure, Reads reads) {
        this.azure = azure;
        this.reads = reads;
    }

    public List<Missing> missing(DeployConfig c) {
        List<Missing> out = new ArrayList<>();
        String rg = c.resourceGroup();
        Optional<ClusterFeatures> cluster = reads.cluster(rg, c.clusterName());
        if (cluster.isEmpty()) {
            out.add(new Missing("AKS cluster " + c.clusterName(), GuideStepId.AKS_CLUSTER));
        } else {
            ClusterFeatures f = cluster.get();
            if (!f.oidcIssuer()) {
                out.add(new Missing("the OIDC issuer of cluster " + c.clusterName(), GuideStepId.AKS_CLUSTER));
            }
            if (!f.workloadIdentity()) {
                out.add(new Missing("workload identity on cluster " + c.clusterName(), GuideStepId.AKS_CLUSTER));
            }
            if (!f.blobCsiDriver()) {
                out.add(new Missing("the blob CSI driver on cluster " + c.clusterName(), GuideStepId.AKS_CLUSTER));
            }
        }
        if (!reads.registryExists(rg, c.acrRegistry())) {
            out.add(new Missing("container registry " + c.acrRegistry() + " (and its imported images)",
                    GuideStepId.CONTAINER_REGISTRY));
        }
        if (!azure.blobContainerExists(rg, c.storageAccountName(), c.storageContainerName())) {
            out.add(new Missing("blob container " + c.storageAccountName() + "/" + c.storageContainerName(),
                    GuideStepId.STORAGE_ACCOUNT));
        }
        String vaultUrl = c.keyVaultUrl().orElseGet(() -> azure.vaultUri(rg, c.keyVaultName()));
        for (String secret : List.of(GuideNames.KV_ACCOUNT_NAME_SECRET, GuideNames.KV_ACCOUNT_KEY_SECRET)) {
            if (!azure.secretExists(vaultUrl, secret)) {
                out.add(new Missing("vault secret " + c.keyVaultName() + "/" + secret, GuideStepId.STORAGE_SECRETS));
            }
        }
        return out;
    }

    /** The reads through the SDK, for production. */
    public static Reads sdk(AzureClients clients) {
        return new Reads() {
            @Override
            public Optional<ClusterFeatures> cluster(String resourceGroup, String clusterName) {
                try {
                    var c = clients.containerService().serviceClient().getManagedClusters()
                            .getByResourceGroup(resourceGroup, clusterName);
                    return Optional.of(new ClusterFeatures(
                            c.oidcIssuerProfile() != null && Boolean.TRUE.equals(c.oidcIssuerProfile().enabled()),
                            c.securityProfile() != null && c.securityProfile().workloadIdentity() != null
                                    && Boolean.TRUE.equals(c.securityProfile().workloadIdentity().enabled()),
                            c.storageProfile() != null && c.storageProfile().blobCsiDriver() != null
                                    && Boolean.TRUE.equals(c.storageProfile().blobCsiDriver().enabled())));
                } catch (com.azure.core.management.exception.ManagementException e) {
                    if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                        return Optional.empty();
                    }
                    throw e;
                }
            }

            @Override
            public boolean registryExists(String resourceGroup, String registry) {
                try {
                    return clients.containerRegistry().serviceClient().getRegistries()
                            .getByResourceGroup(resourceGroup, registry) != null;
                } catch (com.azure.core.management.exception.ManagementException e) {
                    if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                        return false;
                    }
                    throw e;
                }
            }
        };
    }
}
