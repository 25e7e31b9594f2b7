package dev.airflowaks.deployer.fakes;

import dev.airflowaks.deployer.azure.AccessPolicy;
import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.azure.FederatedCredential;
import dev.airflowaks.deployer.azure.IdentityInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory Azure for step unit tests; counts reads and writes. */
public final class FakeAzure implements AzureGateway {

    public static final String TENANT = "7e9d4a1c-3f2b-4c8e-9a6d-1b2c3d4e5f60";
    public static final String CLIENT_ID = "22222222-2222-2222-2222-222222222222";
    public static final String PRINCIPAL_ID = "11111111-1111-1111-1111-111111111111";
    public static final String ISSUER = "https://eastus.oic.prod-aks.azure.com/" + TENANT + "/cafe/";

    public final Map<String, FederatedCredential> fics = new HashMap<>();
    public final List<AccessPolicy> policies = new ArrayList<>();
    public final Set<String> secrets = new HashSet<>(Set.of("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME",
            "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"));
    public final Set<String> containers = new HashSet<>(Set.of("airflow-logs"));
    /** The ACR catalogue ({@code repository:tag}, any registry): the five images the infrastructure article imports. */
    public final Set<String> acrImages = new HashSet<>(Set.of("airflow:2.9.3",
            "airflow:airflow-pgbouncer-2024.01.19-1.21.0", "airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0",
            "statsd-exporter:v0.26.1", "git-sync:v4.1.0"));
    /** Every import, as {@code <sourceRegistry>/<sourceImage> -> <target>}. */
    public final List<String> imports = new ArrayList<>();
    public int reads;
    public int writes;
    /** When set, the next write throws this. */
    public RuntimeException failNextWrite;

    private void write() {
        writes++;
        if (failNextWrite != null) {
            RuntimeException e = failNextWrite;
            failNextWrite = null;
            throw e;
        }
    }

    @Override
    public IdentityInfo identity(String resourceGroup, String identityName) {
        reads++;
        return new IdentityInfo(CLIENT_ID, PRINCIPAL_ID, TENANT);
    }

    @Override
    public String oidcIssuer(String resourceGroup, String clusterName) {
        reads++;
        return ISSUER;
    }

    @Override
    public String vaultUri(String resourceGroup, String vaultName) {
        reads++;
        return "https://" + vaultName + ".vault.azure.net/";
    }

    @Override
    public Optional<FederatedCredential> federatedCredential(String rg, String identityName, String name) {
        reads++;
        return Optional.ofNullable(fics.get(name));
    }

    @Override
    public void putFederatedCredential(String rg, String identityName, FederatedCredential credential) {
        write();
        fics.put(credential.name(), credential);
    }

    @Override
    public void deleteFederatedCredential(String rg, String identityName, String name) {
        write();
        fics.remove(name);
    }

    @Override
    public List<AccessPolicy> accessPolicies(String rg, String vaultName) {
        reads++;
        return List.copyOf(policies);
    }

    @Override
    public void addAccessPolicy(String rg, String vaultName, AccessPolicy policy) {
        write();
        policies.removeIf(p -> p.objectId().equals(policy.objectId()));
        policies.add(policy);
    }

    @Override
    public void removeAccessPolicy(String rg, String vaultName, AccessPolicy policy) {
        write();
        policies.removeIf(p -> p.objectId().equals(policy.objectId()));
    }

    @Override
    public boolean secretExists(String vaultUrl, String name) {
        reads++;
        return secrets.contains(name);
    }

    @Override
    public void deleteSecret(String vaultUrl, String name) {
        write();
        secrets.remove(name);
    }

    @Override
    public boolean blobContainerExists(String rg, String account, String container) {
        reads++;
        return containers.contains(container);
    }

    @Override
    public void deleteBlobContainer(String rg, String account, String container) {
        write();
        containers.remove(container);
    }

    @Override
    public boolean acrImageExists(String loginServer, String repository, String tag) {
        reads++;
        return acrImages.contains(repository + ":" + tag);
    }

    @Override
    public void importImage(String resourceGroup, String registry, String sourceRegistry, String sourceImage,
                            String targetTag) {
        write();
        imports.add(sourceRegistry + "/" + sourceImage + " -> " + targetTag);
        acrImages.add(targetTag);
    }
}
