package dev.airflowaks.deployer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.testing.TestConfigs;
import dev.airflowaks.targets.local.LocalProfile;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local profile's stand-in objects, written as YAML and read back, against what a real k3s expects (storage
 * class {@code local-path}, no CSI driver, the hostPath the k3s target prepares, ESO's fake provider with the
 * guide's two keys, the profile label).
 */
class LocalObjectsTest {

    private final LocalObjects objects = new LocalObjects(TestConfigs.local(Map.of(
            "AKS_AIRFLOW_NAMESPACE", "airflow", "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "mylogs")));
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T roundTrip(T object) {
        String yaml = serialization.asYaml(object);
        assertFalse(yaml.contains("blob.csi.azure.com") || yaml.contains("azureblob-fuse-premium")
                || yaml.contains("nodeStageSecretRef") || yaml.contains("azure.workload.identity"), yaml);
        return (T) serialization.unmarshal(yaml);
    }

    private static void hasProfileLabel(HasMetadata o) {
        assertEquals("local", o.getMetadata().getLabels().get("airflow-aks.dev/profile"), o.getKind());
        assertEquals("airflow-aks-deployer", o.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
    }

    @Test
    void logsVolumeIsAHostPathOnLocalPathWithNoCsiDriver() {
        PersistentVolume pv = roundTrip(objects.logsVolume());
        assertEquals("pv-airflow-logs", pv.getMetadata().getName());
        assertEquals("local-path", pv.getSpec().getStorageClassName());
        assertNull(pv.getSpec().getCsi(), "no CSI driver on k3s");
        assertTrue(pv.getSpec().getMountOptions() == null || pv.getSpec().getMountOptions().isEmpty(), "no mount options");
        assertEquals(LocalProfile.LOGS_HOST_PATH, pv.getSpec().getHostPath().getPath(),
                "the directory the k3s target prepares");
        assertEquals("DirectoryOrCreate", pv.getSpec().getHostPath().getType());
        assertEquals(List.of("ReadWriteMany"), pv.getSpec().getAccessModes());
        assertEquals("Retain", pv.getSpec().getPersistentVolumeReclaimPolicy());
        assertEquals("5Gi", pv.getSpec().getCapacity().get("storage").toString());
        assertEquals("airflow", pv.getSpec().getClaimRef().getNamespace());
        assertEquals("pvc-airflow-logs", pv.getSpec().getClaimRef().getName());
        hasProfileLabel(pv);
    }

    @Test
    void logsClaimIsPreBoundSoTheProvisionerCreatesNothing() {
        PersistentVolumeClaim pvc = roundTrip(objects.logsClaim());
        assertEquals("pvc-airflow-logs", pvc.getMetadata().getName());
        assertEquals("airflow", pvc.getMetadata().getNamespace());
        assertEquals("pv-airflow-logs", pvc.getSpec().getVolumeName());
        assertEquals("local-path", pvc.getSpec().getStorageClassName());
        assertEquals(List.of("ReadWriteMany"), pvc.getSpec().getAccessModes());
        assertEquals("5Gi", pvc.getSpec().getResources().getRequests().get("storage").toString());
        hasProfileLabel(pvc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void secretStoreUsesTheFakeProviderSeededWithTheGuidesTwoKeys() {
        GenericKubernetesResource store = roundTrip(objects.secretStore("external-secrets.io/v1beta1", "k3y"));
        assertEquals("external-secrets.io/v1beta1", store.getApiVersion());
        assertEquals("SecretStore", store.getKind());
        assertEquals("azure-store", store.getMetadata().getName());
        Map<String, Object> provider = (Map<String, Object>) ((Map<String, Object>) store.getAdditionalProperties()
                .get("spec")).get("provider");
        assertEquals(List.of("fake"), List.copyOf(provider.keySet()), "no azurekv provider locally");
        List<Map<String, String>> data = (List<Map<String, String>>) ((Map<String, Object>) provider.get("fake"))
                .get("data");
        assertEquals(List.of("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
                data.stream().map(d -> d.get("key")).toList());
        assertEquals("mylogs", data.get(0).get("value"));
        assertEquals("k3y", data.get(1).get("value"));
        hasProfileLabel(store);
        assertEquals("external-secrets.io/v1", objects.secretStore("external-secrets.io/v1", "k").getApiVersion(),
                "written in the version the cluster serves");
    }

    @Test
    void serviceAccountHasNoWorkloadIdentityAnnotations() {
        ServiceAccount sa = roundTrip(objects.serviceAccount());
        assertEquals("airflow", sa.getMetadata().getName());
        assertTrue(sa.getMetadata().getAnnotations() == null || sa.getMetadata().getAnnotations().isEmpty());
        hasProfileLabel(sa);
    }

    @Test
    void theDeployersHostPathIsTheOneTheK3sTargetPrepares() {
        assertEquals(LocalProfile.LOGS_HOST_PATH, LocalProfileNames.LOGS_HOST_PATH);
    }
}
