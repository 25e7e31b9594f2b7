package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.kube.AirflowComponent;
import dev.airflowaks.conformance.kube.Conditions;
import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.kube.PodStates;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.diagnosis.GuideReplicas;
import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.rules.UnbindableClaim;
import dev.airflowaks.diagnosis.rules.Unschedulable;
import dev.airflowaks.guide.world.WorldFacts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guide's dependency chain as {@link Link}s over one cluster (and Azure, when readable). Kubernetes links come
 * first; Azure links sit at the bottom, because that is where the guide's identity chain starts.
 */
public final class ClusterLinks {

    private static final GuideReplicas GUIDE_REPLICAS = GuideReplicas.fromWorldFacts();

    private final KubernetesClient client;
    private final Expectations expect;
    private final EsoApi eso;
    private final Optional<AzureReader> azure;
    private final AzureLinks azureLinks;
    private final RunProfile profile;
    private final GoneImages goneImages = new GoneImages(WorldFacts.load());

    public ClusterLinks(KubernetesClient client, Expectations expect, EsoApi eso, Optional<AzureReader> azure) {
        this(client, expect, eso, azure, RunProfile.GUIDE);
    }

    /**
     * @param profile on {@link RunProfile#LOCAL} the PV is a hostPath volume that needs no Secret, and the
     *                ServiceAccount carries no workload-identity annotations, so neither is blamed for them
     */
    public ClusterLinks(KubernetesClient client, Expectations expect, EsoApi eso, Optional<AzureReader> azure,
                        RunProfile profile) {
        this.profile = profile;
        this.client = client;
        this.expect = expect;
        this.eso = eso;
        this.azure = azure;
        this.azureLinks = new AzureLinks(expect, azure);
    }

    public AzureLinks azure() {
        return azureLinks;
    }

    public Link pod(AirflowComponent component) {
        String ns = expect.namespace();
        return new Link("pod " + component.workloadName(), ObjectRef.of(component.workloadKind(), ns,
                component.workloadName()), () -> podState(component, ns), () -> {
                    List<Link> below = new ArrayList<>();
                    if (cannotPullFromAcr(component, ns)) {
                        below.add(azureLinks.acrImages());
                    }
                    below.add(nodes(component.podLabels()));
                    if (component.mountsLogs()) {
                        below.addAll(List.of(pvc(), metadataDatabase()));
                    }
                    return below;
                });
    }

    /**
     * A pod of the component fails to pull an image from the guide's registry: then whether that registry holds
     * the article's imports is asked first (only with Azure access; without it the pod's own state stands).
     */
    private boolean cannotPullFromAcr(AirflowComponent component, String ns) {
        Optional<String> prefix = expect.find(Expectations.ACR).map(a -> expect.acrLoginServer() + "/");
        if (azure.isEmpty() || prefix.isEmpty()) {
            return false;
        }
        return client.pods().inNamespace(ns).withLabels(component.podLabels()).list().getItems().stream()
                .flatMap(PodStates::imagesFailingToPull).anyMatch(image -> image.startsWith(prefix.get()));
    }

    /**
     * The metadata database as the chart's pods reach it, pgbouncer in front of postgres (fact
     * {@code airflow.migrations-wait}): the migration hook succeeds only once it answers, and the scheduler,
     * triggerer and webserver (exactly the components that mount the logs) wait for that migration in their
     * {@code wait-for-airflow-migrations} init container. A broken database is the cause below all of them.
     */
    public Link metadataDatabase() {
        List<Link> path = List.of(pod(AirflowComponent.POSTGRESQL), pod(AirflowComponent.PGBOUNCER));
        return new Link("metadata database (airflow-pgbouncer → airflow-postgresql)", null,
                () -> path.stream().anyMatch(l -> l.probe().broken())
                        ? LinkState.broken("does not answer, so the migration hook fails and "
                        + "wait-for-airflow-migrations times out", GuideStepId.DEPLOY_AIRFLOW)
                        : LinkState.ok("answers"), () -> path);
    }

    /**
     * The nodes, as the scheduler judged them for these pods: when none can take a pod (cordoned, tainted, too
     * small), that is the cause below every pod, ESO's and Airflow's alike, in the scheduler's own words.
     */
    public Link nodes(java.util.Map<String, String> podLabels) {
        String ns = expect.namespace();
        return new Link("nodes", null, () -> {
            List<Pod> pods = client.pods().inNamespace(ns).withLabels(podLabels).list().getItems();
            return new Unschedulable().judge(Observation.empty(ns).withPods(pods))
                    .map(t -> LinkState.broken("take no pod: " + t.cause().replaceFirst("^Pending: ", ""),
                            GuideStepId.AKS_CLUSTER))
                    .orElse(LinkState.ok("schedulable"));
        }, List::of);
    }

    private LinkState podState(AirflowComponent component, String ns) {
        List<Pod> pods = client.pods().inNamespace(ns).withLabels(component.podLabels()).list().getItems();
        if (pods.isEmpty()) {
            return LinkState.missing("has no pod", GuideStepId.DEPLOY_AIRFLOW);
        }
        for (Pod pod : pods) {
            if (!PodStates.isReady(pod, component.containers())) {
                GuideStepId fix = PodStates.isImagePullProblem(pod) ? GuideStepId.IMPORT_IMAGES : GuideStepId.DEPLOY_AIRFLOW;
                String summary = PodStates.summary(pod, component.containers());
                return LinkState.broken(goneImages.explain(pod).map(e -> summary + " ← " + e).orElse(summary), fix);
            }
        }
        return LinkState.ok("Ready");
    }

    public Link pvc() {
        String ns = expect.namespace();
        return new Link("PVC " + Expectations.PVC_NAME, ObjectRef.of("PersistentVolumeClaim", ns,
                Expectations.PVC_NAME), () -> {
            PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(ns)
                    .withName(Expectations.PVC_NAME).get();
            if (pvc == null) {
                return LinkState.missing("missing", GuideStepId.LOGS_VOLUME);
            }
            String phase = pvc.getStatus() == null ? "Pending" : String.valueOf(pvc.getStatus().getPhase());
            if ("Bound".equals(phase)) {
                return LinkState.ok("Bound");
            }
            PersistentVolume pv = client.persistentVolumes().withName(Expectations.PV_NAME).get();
            // the class mismatch is the claim's own fault; a Released PV is the PV link's, below this one
            Optional<String> mismatch = new UnbindableClaim().judge(Observation.empty(ns).withVolumes(List.of(pvc),
                    pv == null ? List.of() : List.of(pv))).map(t -> t.cause()).filter(c -> c.contains("storageClassName"));
            return LinkState.broken(mismatch.map(m -> phase + ": " + m.substring(m.indexOf("storageClassName"))
                    + " of PV " + Expectations.PV_NAME).orElse(phase), GuideStepId.LOGS_VOLUME);
        }, () -> List.of(pv()));
    }

    public Link pv() {
        return new Link("PV " + Expectations.PV_NAME, ObjectRef.cluster("PersistentVolume", Expectations.PV_NAME),
                () -> {
                    PersistentVolume pv = client.persistentVolumes().withName(Expectations.PV_NAME).get();
                    if (pv == null) {
                        return LinkState.missing("missing", GuideStepId.LOGS_VOLUME);
                    }
                    String phase = pv.getStatus() == null ? "Pending" : String.valueOf(pv.getStatus().getPhase());
                    return "Bound".equals(phase) || "Available".equals(phase) ? LinkState.ok(phase)
                            : LinkState.broken(phase, GuideStepId.LOGS_VOLUME);
                }, () -> profile.pick(List.of(storageSecret(), azureLinks.storageContainer(),
                        azureLinks.storageKey()), List.of()));
    }

    public Link storageSecret() {
        String ns = expect.namespace();
        String name = expect.storageSecret();
        return new Link("Secret " + name, ObjectRef.of("Secret", ns, name), () -> {
            Secret secret = client.secrets().inNamespace(ns).withName(name).get();
            if (secret == null) {
                return LinkState.missing("missing", GuideStepId.EXTERNAL_SECRET);
            }
            for (String key : List.of(Expectations.KEY_ACCOUNT_NAME, Expectations.KEY_ACCOUNT_KEY)) {
                if (secret.getData() == null || !secret.getData().containsKey(key)) {
                    return LinkState.broken("lacks key " + key, GuideStepId.EXTERNAL_SECRET);
                }
            }
            return LinkState.ok("holds both keys");
        }, () -> List.of(externalSecret()), true);
    }

    public Link externalSecret() {
        String ns = expect.namespace();
        return new Link("ExternalSecret " + Expectations.EXTERNAL_SECRET_NAME,
                ObjectRef.of("ExternalSecret", ns, Expectations.EXTERNAL_SECRET_NAME),
                () -> customResourceState(eso.externalSecret(ns, Expectations.EXTERNAL_SECRET_NAME),
                        GuideStepId.EXTERNAL_SECRET),
                () -> List.of(secretStore(), esoController(), azureLinks.federatedCredential(),
                        azureLinks.accessPolicy(), azureLinks.vaultSecret(Expectations.VAULT_SECRET_ACCOUNT_NAME),
                        azureLinks.vaultSecret(Expectations.VAULT_SECRET_ACCOUNT_KEY)));
    }

    public Link secretStore() {
        String ns = expect.namespace();
        return new Link("SecretStore " + Expectations.SECRET_STORE_NAME,
                ObjectRef.of("SecretStore", ns, Expectations.SECRET_STORE_NAME),
                () -> customResourceState(eso.secretStore(ns, Expectations.SECRET_STORE_NAME),
                        GuideStepId.SECRET_STORE),
                () -> List.of(esoController(), serviceAccount()));
    }

    private LinkState customResourceState(Optional<GenericKubernetesResource> resource, GuideStepId step) {
        if (eso.servedVersion().isEmpty()) {
            return LinkState.broken("cannot exist: the external-secrets.io CRDs are not installed",
                    GuideStepId.INSTALL_ESO);
        }
        if (resource.isEmpty()) {
            return LinkState.missing("missing", step);
        }
        if (Conditions.find(resource.get(), "Ready").isEmpty()) {
            return LinkState.broken("has no status (no controller reconciled it)", GuideStepId.INSTALL_ESO);
        }
        String state = Conditions.reason(resource.get(), "Ready").orElse("no reason");
        return Conditions.isTrue(resource.get(), "Ready") ? LinkState.ok(state)
                : LinkState.broken(state, step);
    }

    public Link esoController() {
        String ns = expect.namespace();
        return new Link("External Secrets controller", ObjectRef.of("Deployment", ns, "external-secrets"), () -> {
            var deployment = client.apps().deployments().inNamespace(ns).withName("external-secrets").get();
            if (deployment == null) {
                return LinkState.missing("not installed (no Deployment external-secrets)", GuideStepId.INSTALL_ESO);
            }
            Integer wants = deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
            int guide = GUIDE_REPLICAS.of("external-secrets").orElse(1);
            if (wants != null && wants < guide) {
                return LinkState.broken("scaled to " + wants + " replica(s); the guide installs " + guide,
                        GuideStepId.INSTALL_ESO);
            }
            Integer ready = deployment.getStatus() == null ? null : deployment.getStatus().getReadyReplicas();
            return ready != null && ready > 0 ? LinkState.ok("running")
                    : LinkState.broken("not ready (0 ready replicas)", GuideStepId.INSTALL_ESO);
        }, () -> List.of(nodes(java.util.Map.of("app.kubernetes.io/name", "external-secrets"))));
    }

    public Link serviceAccount() {
        String ns = expect.namespace();
        String name = expect.serviceAccount();
        return new Link("ServiceAccount " + name, ObjectRef.of("ServiceAccount", ns, name), () -> {
            ServiceAccount sa = client.serviceAccounts().inNamespace(ns).withName(name).get();
            if (sa == null) {
                return LinkState.missing("missing", GuideStepId.SERVICE_ACCOUNT);
            }
            if (profile == RunProfile.LOCAL) {
                return LinkState.ok("present (local profile: no workload identity)");
            }
            String clientId = sa.getMetadata().getAnnotations() == null ? null
                    : sa.getMetadata().getAnnotations().get("azure.workload.identity/client-id");
            if (clientId == null) {
                return LinkState.broken("lacks annotation azure.workload.identity/client-id",
                        GuideStepId.SERVICE_ACCOUNT);
            }
            Optional<String> expected = expect.find(Expectations.CLIENT_ID)
                    .or(() -> azure.flatMap(AzureReader::identity).map(i -> i.clientId()));
            if (expected.isPresent() && !expected.get().equals(clientId)) {
                return LinkState.broken("client-id " + clientId + " ≠ expected " + expected.get(),
                        GuideStepId.SERVICE_ACCOUNT);
            }
            return LinkState.ok("annotated");
        }, () -> List.of(azureLinks.identity()));
    }
}
