package dev.airflowaks.deployer.profile;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.kube.GuideNames;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the local profile writes in place of the guide's Azure-backed ones, under the guide's names so the
 * chart's {@code existingClaim}, the ExternalSecret and every check work unchanged: the ServiceAccount without
 * workload identity, the SecretStore on ESO's fake provider seeded with the guide's two Key Vault keys, and the logs
 * PV/PVC on hostPath with {@code local-path} (no CSI driver). Each carries {@code airflow-aks.dev/profile: local}.
 */
public final class LocalObjects {

    private final DeployConfig config;

    public LocalObjects(DeployConfig config) {
        this.config = config;
    }

    /** The ServiceAccount: nothing federates with it here, so no {@code azure.workload.identity/*} annotations. */
    public ServiceAccount serviceAccount() {
        return new ServiceAccountBuilder().withNewMetadata().withName(config.serviceAccountName())
                .withNamespace(config.namespace()).withLabels(labels()).endMetadata().build();
    }

    /** A SecretStore skeleton (no spec), to read the live one. */
    public GenericKubernetesResource secretStoreRef(String apiVersion) {
        return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind("SecretStore")
                .withNewMetadata().withName(GuideNames.SECRET_STORE).withNamespace(config.namespace()).endMetadata()
                .build();
    }

    /**
     * SecretStore {@code azure-store} on the fake provider with the two keys the ExternalSecret reads.
     *
     * @param accountKey the stand-in storage key; a secret, never printed
     */
    public GenericKubernetesResource secretStore(String apiVersion, String accountKey) {
        List<Map<String, Object>> data = List.of(
                entry(GuideNames.KV_ACCOUNT_NAME_SECRET, config.storageAccountName()),
                entry(GuideNames.KV_ACCOUNT_KEY_SECRET, accountKey));
        return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind("SecretStore")
                .withNewMetadata().withName(GuideNames.SECRET_STORE).withNamespace(config.namespace())
                .withLabels(labels()).endMetadata()
                .addToAdditionalProperties("spec", Map.of("provider", Map.of("fake", Map.of("data", data))))
                .build();
    }

    /**
     * The logs PV: hostPath on the node, {@code local-path}, ReadWriteMany as the guide declares (it only holds on
     * one node: hostPath is node-local), Retain, 5Gi, pre-bound to the claim. No CSI source, no mount options.
     */
    public PersistentVolume logsVolume() {
        return new PersistentVolumeBuilder()
                .withNewMetadata().withName(GuideNames.PV).withLabels(labels()).endMetadata()
                .withNewSpec()
                .addToCapacity("storage", new Quantity("5Gi"))
                .withAccessModes("ReadWriteMany")
                .withPersistentVolumeReclaimPolicy("Retain")
                .withStorageClassName(LocalProfileNames.STORAGE_CLASS)
                .withNewHostPath().withPath(LocalProfileNames.LOGS_HOST_PATH).withType("DirectoryOrCreate")
                .endHostPath()
                .withNewClaimRef().withNamespace(config.namespace()).withName(GuideNames.PVC).endClaimRef()
                .endSpec().build();
    }

    /** The logs claim, pre-bound to the PV so k3s's local-path provisioner never makes another volume. */
    public PersistentVolumeClaim logsClaim() {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(GuideNames.PVC).withNamespace(config.namespace()).withLabels(labels())
                .endMetadata()
                .withNewSpec()
                .withStorageClassName(LocalProfileNames.STORAGE_CLASS)
                .withAccessModes("ReadWriteMany")
                .withNewResources().addToRequests("storage", new Quantity("5Gi")).endResources()
                .withVolumeName(GuideNames.PV)
                .endSpec().build();
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY);
        l.put(LocalProfileNames.PROFILE_LABEL_KEY, LocalProfileNames.PROFILE_LABEL_VALUE);
        return l;
    }

    private static Map<String, Object> entry(String key, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("value", value);
        return m;
    }
}
