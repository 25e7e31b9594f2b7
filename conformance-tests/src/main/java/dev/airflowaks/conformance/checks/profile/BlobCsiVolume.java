package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import io.fabric8.kubernetes.api.model.CSIPersistentVolumeSource;
import io.fabric8.kubernetes.api.model.PersistentVolume;

import java.util.List;
import java.util.Map;

/**
 * The guide's static blob CSI PV: driver, volume attributes, {@code nodeStageSecretRef}, Retain, RWX, the
 * {@code azureblob-fuse-premium} class and the blobfuse mount options.
 */
final class BlobCsiVolume implements LogsVolumeExpectation {

    static final List<String> MOUNT_OPTIONS = List.of("-o allow_other", "--file-cache-timeout-in-seconds=120");

    @Override
    public void compare(CheckContext c, PersistentVolume pv, Verification v) {
        Expectations e = c.run().expectations();
        CSIPersistentVolumeSource csi = pv.getSpec().getCsi();
        Map<String, String> attrs = csi == null || csi.getVolumeAttributes() == null ? Map.of()
                : csi.getVolumeAttributes();
        v.equal("csi.driver", "blob.csi.azure.com", csi == null ? "no csi source" : csi.getDriver())
                .equal("volumeAttributes.storageAccount", e.find(Expectations.STORAGE_ACCOUNT).orElse("(set)"),
                        e.find(Expectations.STORAGE_ACCOUNT).isPresent() ? attrs.get("storageAccount")
                                : attrs.containsKey("storageAccount") ? "(set)" : "unset")
                .equal("volumeAttributes.containerName", e.storageContainer(), attrs.get("containerName"))
                .equal("volumeAttributes.resourceGroup", e.find(Expectations.RESOURCE_GROUP).orElse("(set)"),
                        e.find(Expectations.RESOURCE_GROUP).isPresent() ? attrs.get("resourceGroup")
                                : attrs.containsKey("resourceGroup") ? "(set)" : "unset")
                .equal("nodeStageSecretRef", e.namespace() + "/" + e.storageSecret(),
                        csi == null || csi.getNodeStageSecretRef() == null ? "unset"
                                : csi.getNodeStageSecretRef().getNamespace() + "/"
                                + csi.getNodeStageSecretRef().getName())
                .equal("persistentVolumeReclaimPolicy", "Retain", pv.getSpec().getPersistentVolumeReclaimPolicy())
                .equal("accessModes", List.of("ReadWriteMany"), pv.getSpec().getAccessModes())
                .equal("storageClassName", Expectations.STORAGE_CLASS, pv.getSpec().getStorageClassName())
                .that("mountOptions", String.valueOf(MOUNT_OPTIONS), pv.getSpec().getMountOptions() != null
                                && pv.getSpec().getMountOptions().containsAll(MOUNT_OPTIONS),
                        String.valueOf(pv.getSpec().getMountOptions()));
    }
}
