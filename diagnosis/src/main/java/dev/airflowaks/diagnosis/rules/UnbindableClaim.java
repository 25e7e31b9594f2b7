package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;

import java.util.Objects;
import java.util.Optional;

/**
 * A Pending PVC that names its PV ({@code volumeName}, as the guide's static volume does) but can never bind to it:
 * the PV controller binds only when the storage classes are equal, and never re-binds a {@code Released} PV whose
 * {@code claimRef} still holds a deleted claim's uid (kubernetes pkg/controller/volume/persistentvolume
 * {@code checkVolumeSatisfyClaim}, {@code syncVolume}). A PV that does not exist yet keeps the wait going.
 */
public final class UnbindableClaim implements TerminalRule {

    @Override
    public String name() {
        return "PVC can never bind";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        for (PersistentVolumeClaim pvc : observed.claims()) {
            String phase = pvc.getStatus() == null ? "Pending" : pvc.getStatus().getPhase();
            String volumeName = pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName();
            if (!"Pending".equals(phase) || volumeName == null || volumeName.isEmpty()) {
                continue;
            }
            Optional<String> why = observed.volume(volumeName).flatMap(pv -> mismatch(pvc, pv));
            if (why.isPresent()) {
                return Optional.of(new Terminal(name(), "pvc/" + pvc.getMetadata().getName(),
                        "Pending ← PV " + volumeName + " " + why.get(), GuideStepId.LOGS_VOLUME));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(PersistentVolumeClaim pvc, PersistentVolume pv) {
        String claimClass = Objects.requireNonNullElse(pvc.getSpec().getStorageClassName(), "");
        String volumeClass = pv.getSpec() == null ? "" : Objects.requireNonNullElse(pv.getSpec().getStorageClassName(), "");
        if (!claimClass.equals(volumeClass)) {
            return Optional.of("class mismatch: storageClassName " + show(claimClass) + " ≠ " + show(volumeClass));
        }
        String pvPhase = pv.getStatus() == null ? null : pv.getStatus().getPhase();
        ObjectReference ref = pv.getSpec().getClaimRef();
        if ("Released".equals(pvPhase)) {
            return Optional.of("Released (claimRef still holds the deleted claim"
                    + (ref == null || ref.getUid() == null ? "" : " uid " + ref.getUid()) + ")");
        }
        if (ref != null && ref.getUid() != null && pvc.getMetadata().getUid() != null
                && !ref.getUid().equals(pvc.getMetadata().getUid())) {
            return Optional.of("bound to another claim (" + ref.getNamespace() + "/" + ref.getName() + ")");
        }
        return Optional.empty();
    }

    private static String show(String storageClass) {
        return storageClass.isEmpty() ? "\"\"" : storageClass;
    }
}
