package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PV controller binds a claim to its named volume only with equal classes and never re-binds a Released PV. */
class UnbindableClaimTest {

    private static PersistentVolumeClaim claim(String storageClass) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName("pvc-airflow-logs")
                .withNamespace(Build.NS).withUid("new-uid").endMetadata().withNewSpec()
                .withStorageClassName(storageClass).withVolumeName("pv-airflow-logs").endSpec()
                .withNewStatus().withPhase("Pending").endStatus().build();
    }

    private static PersistentVolume volume(String phase, String claimUid) {
        return new PersistentVolumeBuilder().withNewMetadata().withName("pv-airflow-logs").endMetadata()
                .withNewSpec().withStorageClassName("azureblob-fuse-premium").withNewClaimRef()
                .withNamespace(Build.NS).withName("pvc-airflow-logs").withUid(claimUid).endClaimRef().endSpec()
                .withNewStatus().withPhase(phase).endStatus().build();
    }

    @Test
    void aClassMismatchIsNamedWithBothClasses() {
        Observation o = Observation.empty(Build.NS).withVolumes(List.of(claim("standard")),
                List.of(volume("Available", null)));

        Terminal t = new UnbindableClaim().judge(o).orElseThrow();

        assertEquals("pvc/pvc-airflow-logs", t.object());
        assertTrue(t.cause().contains("storageClassName standard ≠ azureblob-fuse-premium"), t.cause());
        assertEquals(GuideStepId.LOGS_VOLUME, t.fix());
    }

    @Test
    void aReleasedVolumeWithTheDeletedClaimsUidIsTerminal() {
        Observation o = Observation.empty(Build.NS).withVolumes(List.of(claim("azureblob-fuse-premium")),
                List.of(volume("Released", "old-uid")));

        assertTrue(new UnbindableClaim().judge(o).orElseThrow().cause()
                .contains("PV pv-airflow-logs Released (claimRef still holds the deleted claim uid old-uid)"));
    }

    @Test
    void aClaimWhoseVolumeIsAvailableOrNotYetCreatedKeepsWaiting() {
        Observation available = Observation.empty(Build.NS).withVolumes(List.of(claim("azureblob-fuse-premium")),
                List.of(volume("Available", null)));
        Observation notYet = Observation.empty(Build.NS).withVolumes(List.of(claim("azureblob-fuse-premium")),
                List.of());

        assertTrue(new UnbindableClaim().judge(available).isEmpty());
        assertTrue(new UnbindableClaim().judge(notYet).isEmpty());
    }
}
