package dev.airflowaks.deployer.steps;

import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Optional;

/**
 * A kept {@code Retain} volume whose claim was deleted (by {@code destroy}) stays {@code Released}: its
 * {@code spec.claimRef} still holds the deleted claim's uid, so the PV controller never binds it to the new claim
 * of the same name and that claim stays Pending (Kubernetes docs, "Persistent Volumes: Retain": the volume "is not
 * yet available for another claim because the previous claimant's data remains on the volume"). A cluster admin
 * makes it available again by removing the claimRef; the deployer does the same, and plan shows it as an update
 * with that reason.
 */
final class StaleClaimRef {

    private StaleClaimRef() {
    }

    /** The plan's diff line when the live volume holds a claimRef to a claim that no longer exists. */
    static Optional<String> find(KubernetesClient kube, String volumeName) {
        PersistentVolume live = kube.persistentVolumes().withName(volumeName).get();
        if (live == null || live.getSpec() == null || live.getSpec().getClaimRef() == null) {
            return Optional.empty();
        }
        ObjectReference ref = live.getSpec().getClaimRef();
        if (ref.getUid() == null || ref.getUid().isEmpty()) {
            return Optional.empty();
        }
        PersistentVolumeClaim claim = kube.persistentVolumeClaims().inNamespace(ref.getNamespace())
                .withName(ref.getName()).get();
        if (claim != null && ref.getUid().equals(claim.getMetadata().getUid())) {
            return Optional.empty();
        }
        String phase = live.getStatus() == null ? "" : live.getStatus().getPhase();
        return Optional.of("spec.claimRef: \"" + ref.getNamespace() + "/" + ref.getName() + " uid " + ref.getUid()
                + "\" -> null (the claim was deleted and the volume is " + (phase == null ? "" : phase)
                + "; cleared so the new claim can bind, as a cluster admin does)");
    }

    /** Removes the stale claimRef (a JSON merge patch, as {@code kubectl patch pv -p '{"spec":{"claimRef":null}}'}). */
    static void clear(KubernetesClient kube, String volumeName) {
        kube.persistentVolumes().withName(volumeName)
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"claimRef\":null}}");
    }
}
