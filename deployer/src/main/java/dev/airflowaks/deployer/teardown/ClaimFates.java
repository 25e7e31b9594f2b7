package dev.airflowaks.deployer.teardown;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What deleting the namespace does to the data of each PersistentVolumeClaim in it. Deleting a claim hands its
 * volume to the volume's reclaim policy: {@code Delete} (the default of dynamically provisioned volumes, such as
 * the PostgreSQL subchart's {@code data-airflow-postgresql-0}) deletes the volume and its data, {@code Retain}
 * keeps it as {@code Released}. A teardown plan that only said "delete Namespace" hid that the Airflow metadata
 * database goes with it, so each claim is listed with its fate.
 */
public final class ClaimFates {

    /** Ends the plan line of a claim whose data the teardown deletes; the CLI lists those before asking. */
    public static final String DATA_DELETED = "and its data are deleted";

    private final KubernetesClient kube;
    private final String namespace;
    private final String databaseClaim;

    /** @param databaseClaim the claim that holds the Airflow metadata database ({@link #databaseClaim(String)}) */
    public ClaimFates(KubernetesClient kube, String namespace, String databaseClaim) {
        this.kube = kube;
        this.namespace = namespace;
        this.databaseClaim = databaseClaim;
    }

    /**
     * The claim of the PostgreSQL subchart's StatefulSet {@code <release>-postgresql}: its volumeClaimTemplate is
     * named {@code data}, and a StatefulSet names claims {@code <template>-<statefulset>-<ordinal>}.
     */
    public static String databaseClaim(String airflowRelease) {
        return "data-" + airflowRelease + "-postgresql-0";
    }

    public List<PersistentVolumeClaim> claims() {
        return kube.persistentVolumeClaims().inNamespace(namespace).list().getItems().stream()
                .filter(c -> c.getMetadata().getDeletionTimestamp() == null)
                .sorted(Comparator.comparing(c -> c.getMetadata().getName())).toList();
    }

    public boolean databaseClaimExists() {
        return claims().stream().anyMatch(c -> databaseClaim.equals(c.getMetadata().getName()));
    }

    /**
     * One change per claim, except {@code skip} (claims another step removes and explains).
     *
     * @param keepDatabase {@code --keep-database}: the database claim is kept
     */
    public List<Change> plan(boolean keepDatabase, Set<String> skip) {
        List<Change> out = new ArrayList<>();
        for (PersistentVolumeClaim claim : claims()) {
            String name = claim.getMetadata().getName();
            if (skip.contains(name)) {
                continue;
            }
            String target = "PersistentVolumeClaim " + namespace + "/" + name;
            boolean database = databaseClaim.equals(name);
            if (database && keepDatabase) {
                out.add(new Change(target, Action.KEEP, List.of("the Airflow metadata database: kept with its "
                        + "volume (--keep-database); the next apply uses it again")));
                continue;
            }
            List<String> notes = new ArrayList<>();
            notes.add(fate(claim));
            if (database) {
                notes.add("this is the Airflow metadata database (DAG runs, connections, variables, users); "
                        + "keep it with --keep-database");
            }
            out.add(new Change(target, Action.DELETE, notes));
        }
        return out;
    }

    private String fate(PersistentVolumeClaim claim) {
        String volume = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        if (volume == null || volume.isEmpty()) {
            return "not bound to a volume: no data to lose";
        }
        PersistentVolume pv = kube.persistentVolumes().withName(volume).get();
        if (pv == null) {
            return "its volume " + volume + " is already gone";
        }
        String policy = pv.getSpec().getPersistentVolumeReclaimPolicy();
        if ("Retain".equals(policy)) {
            return "reclaim policy Retain: volume " + volume + " and its data are kept (Released)";
        }
        return "reclaim policy " + (policy == null ? "Delete" : policy) + ": volume " + volume
                + " " + DATA_DELETED;
    }
}
