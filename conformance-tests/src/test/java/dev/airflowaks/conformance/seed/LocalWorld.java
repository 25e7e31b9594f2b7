package dev.airflowaks.conformance.seed;

import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.conformance.wait.ReadinessTimeline;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.targets.local.LocalProfile;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The state a conforming local-profile deploy shows (what the deployer's local profile builds on k3s or the twin):
 * the guide's world with the four stand-ins: a plain ServiceAccount, ESO's fake provider seeded with the two keys, a
 * hostPath {@code local-path} PV, and the images from their public registries. The expectations hold only what a
 * local run knows (no identity, vault, ACR or resource group).
 */
public final class LocalWorld {

    /** The fake provider's seeded key value; tests grep outputs for it. */
    public static final String FAKE_KEY = "bG9jYWwtcHJvZmlsZS1yYW5kb20ta2V5LTQ4LWJ5dGVzLXNlZWRlZA==LOCAL";
    public static final String AIRFLOW_IMAGE = LocalImages.all().stream()
            .filter(i -> i.endsWith("/airflow:" + LocalImages.AIRFLOW_TAG)).findFirst().orElseThrow();
    public static final String GIT_SYNC_IMAGE = LocalImages.all().stream()
            .filter(i -> i.contains("git-sync")).findFirst().orElseThrow();

    private LocalWorld() {
    }

    /** Seeds the guide's world, then swaps in the local profile's stand-ins. */
    public static World seed(KubernetesClient client) {
        World world = World.seed(client);
        world.replace(client.serviceAccounts().inNamespace(GoodWorld.NS).withName("airflow").get(),
                sa -> sa.getMetadata().setAnnotations(null));
        world.replace(world.secretStore(), s -> s.setAdditionalProperty("spec", Map.of("provider", Map.of("fake",
                Map.of("data", List.of(
                        Map.of("key", Expectations.VAULT_SECRET_ACCOUNT_NAME, "value", GoodWorld.STORAGE_ACCOUNT),
                        Map.of("key", Expectations.VAULT_SECRET_ACCOUNT_KEY, "value", FAKE_KEY)))))));
        client.persistentVolumes().withName(Expectations.PV_NAME).delete();
        client.persistentVolumes().resource(hostPathVolume()).create();
        world.replace(client.persistentVolumeClaims().inNamespace(GoodWorld.NS).withName(Expectations.PVC_NAME).get(),
                pvc -> pvc.getSpec().setStorageClassName(Expectations.LOCAL_STORAGE_CLASS));
        client.apps().deployments().inNamespace(GoodWorld.NS).withLabel("tier", "airflow").list().getItems()
                .forEach(d -> world.replace(d, x -> publicImages(x.getSpec().getTemplate().getSpec())));
        client.apps().statefulSets().inNamespace(GoodWorld.NS).withLabel("tier", "airflow").list().getItems()
                .forEach(s -> world.replace(s, x -> publicImages(x.getSpec().getTemplate().getSpec())));
        return world;
    }

    /** The local profile's PV: hostPath at the k3s storage directory, local-path, RWX, Retain, bound. */
    public static PersistentVolume hostPathVolume() {
        return new PersistentVolumeBuilder().withNewMetadata().withName(Expectations.PV_NAME)
                .addToLabels("airflow-aks.dev/profile", "local").endMetadata().withNewSpec()
                .addToCapacity("storage", new Quantity("5Gi")).withAccessModes("ReadWriteMany")
                .withPersistentVolumeReclaimPolicy("Retain").withStorageClassName(Expectations.LOCAL_STORAGE_CLASS)
                .withNewHostPath().withPath(LocalProfile.LOGS_HOST_PATH).withType("DirectoryOrCreate")
                .endHostPath().withNewClaimRef().withNamespace(GoodWorld.NS).withName(Expectations.PVC_NAME)
                .endClaimRef().endSpec().withNewStatus().withPhase("Bound").endStatus().build();
    }

    private static void publicImages(PodSpec spec) {
        java.util.stream.Stream.concat(spec.getContainers().stream(), spec.getInitContainers() == null
                ? java.util.stream.Stream.empty() : spec.getInitContainers().stream())
                .forEach(c -> c.setImage(c.getName().startsWith("git-sync") ? GIT_SYNC_IMAGE : AIRFLOW_IMAGE));
    }

    /** What a local run knows: no Azure names at all. */
    public static Expectations expectations() {
        return new Expectations(Map.of(Expectations.NAMESPACE, GoodWorld.NS, Expectations.SERVICE_ACCOUNT, "airflow",
                Expectations.STORAGE_ACCOUNT, GoodWorld.STORAGE_ACCOUNT));
    }

    /**
     * A local-profile context over the mock on a target that offers what the twin offers (Azure included), so the
     * test proves that the profile, not the target, takes the Azure checks away.
     */
    public static ConformanceContext context(KubernetesClient client, dev.airflowaks.conformance.webui
            .WebserverAccess web) {
        return ConformanceContext.builder(client, expectations()).target("mock").profile(RunProfile.LOCAL)
                .capabilities(EnumSet.of(Capability.AZURE, Capability.BLOB_CSI, Capability.ACR_IMAGES,
                        Capability.WORKLOAD_IDENTITY)).webserver(web)
                .clock(Clock.fixed(GoodWorld.NOW.plusSeconds(60), ZoneOffset.UTC)).timeline(new ReadinessTimeline())
                .build();
    }

    /** The SecretStore's spec, for faults that edit it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> storeSpec(GenericKubernetesResource store) {
        return (Map<String, Object>) store.getAdditionalProperties().get("spec");
    }
}
