package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.targets.local.LocalProfile;
import io.fabric8.kubernetes.api.model.PersistentVolume;

import java.util.List;

/**
 * The local profile's stand-in for the blob CSI volume: a static hostPath PV at the k3s storage directory, class
 * {@code local-path}, RWX and Retain like the guide's, with no CSI source. Reported substituted for blob CSI; the
 * reason carries the caveat that ReadWriteMany on a hostPath only holds on a single node.
 */
final class HostPathVolume implements LogsVolumeExpectation {

    @Override
    public void compare(CheckContext c, PersistentVolume pv, Verification v) {
        c.substitutedFor(Capability.BLOB_CSI);
        var spec = pv.getSpec();
        v.equal("hostPath.path", LocalProfile.LOGS_HOST_PATH,
                        spec.getHostPath() == null ? "no hostPath source" : spec.getHostPath().getPath())
                .equal("csi", "none", spec.getCsi() == null ? "none" : "csi driver " + spec.getCsi().getDriver())
                .equal("storageClassName", Expectations.LOCAL_STORAGE_CLASS, spec.getStorageClassName())
                .equal("accessModes", List.of("ReadWriteMany"), spec.getAccessModes())
                .equal("persistentVolumeReclaimPolicy", "Retain", spec.getPersistentVolumeReclaimPolicy());
    }
}
