package dev.airflowaks.conformance.seed;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.wait.ReadinessTimeline;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeds a fabric8 CRUD mock with the state a conforming target shows after the guide: the objects, their statuses
 * (which the mock has no controllers to produce) and the Helm release records. Tests then break one thing.
 */
public final class GoodWorld {

    public static final String NS = "airflow";
    public static final String IDENTITY = "airflow-aks-identity";
    public static final String CLIENT_ID = "0c3a9f2e-1111-4a2b-9c3d-5e6f7a8b9c0d";
    public static final String PRINCIPAL_ID = "7f1e2d3c-2222-4b5a-8c9d-0e1f2a3b4c5d";
    public static final String TENANT = "7e9d4a1c-3f2b-4c8e-9a6d-1b2c3d4e5f60";
    public static final String OIDC = "https://oidc.twin.local/7e9d4a1c/";
    public static final String ACR = "airflowaksacr";
    public static final String STORAGE_ACCOUNT = "airflowakslogs";
    /** A seeded secret value; tests grep outputs for it. */
    public static final String STORAGE_KEY = "c2VlZGVkLXN0b3JhZ2Uta2V5LXZhbHVlLTQyCg==SEEDED";
    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private GoodWorld() {
    }

    public static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(Expectations.NAMESPACE, NS);
        env.put(Expectations.SERVICE_ACCOUNT, "airflow");
        env.put(Expectations.IDENTITY_NAME, IDENTITY);
        env.put(Expectations.CLIENT_ID, CLIENT_ID);
        env.put(Expectations.PRINCIPAL_ID, PRINCIPAL_ID);
        env.put(Expectations.TENANT_ID, TENANT);
        env.put(Expectations.RESOURCE_GROUP, "airflow-aks-rg");
        env.put(Expectations.KEYVAULT_NAME, "airflow-aks-kv");
        env.put(Expectations.KEYVAULT_URL, "https://airflow-aks-kv.vault.azure.net/");
        env.put(Expectations.OIDC_URL, OIDC);
        env.put(Expectations.CLUSTER_NAME, "airflow-aks");
        env.put(Expectations.ACR, ACR);
        env.put(Expectations.STORAGE_ACCOUNT, STORAGE_ACCOUNT);
        return env;
    }

    public static Expectations expectations() {
        return new Expectations(env());
    }

    /** A context over the mock, with Azure and every capability except REAL_AIRFLOW, at {@link #NOW}. */
    public static ConformanceContext context(KubernetesClient client, FakeAzure azure) {
        return ConformanceContext.builder(client, expectations()).target("mock").azure(azure)
                .capabilities(EnumSet.of(Capability.AZURE, Capability.BLOB_CSI, Capability.ACR_IMAGES,
                        Capability.WORKLOAD_IDENTITY))
                .clock(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC)).timeline(new ReadinessTimeline()).build();
    }

    /** A check context whose report entries are collected into {@code published}. */
    public static CheckContext check(ConformanceContext run, List<Map<String, String>> published) {
        return new CheckContext(run, published::add);
    }

    public static void seed(KubernetesClient client) {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata()
                .withNewStatus().withPhase("Active").endStatus().build()).create();
        client.serviceAccounts().inNamespace(NS).resource(new ServiceAccountBuilder().withNewMetadata()
                .withName("airflow").withNamespace(NS)
                .addToAnnotations("azure.workload.identity/client-id", CLIENT_ID)
                .addToAnnotations("azure.workload.identity/tenant-id", TENANT).endMetadata().build()).create();
        seedEso(client);
        seedStorage(client);
        seedAirflow(client);
    }

    static void seedEso(KubernetesClient client) {
        for (String plural : List.of("externalsecrets", "secretstores", "clustersecretstores")) {
            client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                    .withNewMetadata().withName(plural + ".external-secrets.io").endMetadata()
                    .withNewSpec().withGroup("external-secrets.io")
                    .withScope(plural.startsWith("cluster") ? "Cluster" : "Namespaced")
                    .withNewNames().withPlural(plural).withKind(kindOf(plural)).endNames()
                    .addNewVersion().withName("v1alpha1").withServed(true).withStorage(false).endVersion()
                    .addNewVersion().withName("v1beta1").withServed(true).withStorage(true).endVersion()
                    .endSpec().withNewStatus().addNewCondition().withType("Established").withStatus("True")
                    .endCondition().endStatus().build()).create();
        }
        for (String name : List.of("external-secrets", "external-secrets-webhook",
                "external-secrets-cert-controller")) {
            Map<String, String> labels = Map.of("app.kubernetes.io/name", name,
                    "app.kubernetes.io/instance", "external-secrets");
            client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata()
                    .withName(name).withNamespace(NS).withLabels(labels).endMetadata().withNewSpec().withReplicas(1)
                    .withNewSelector().withMatchLabels(labels).endSelector().withNewTemplate().withNewMetadata()
                    .withLabels(labels).endMetadata().withSpec(spec(container(name, "ghcr.io/external-secrets/"
                            + "external-secrets:v0.10.5"))).endTemplate().endSpec().withNewStatus()
                    .withReplicas(1).withReadyReplicas(1).endStatus().build()).create();
            pod(client, name + "-5d8f7c9b4-abcde", labels, List.of(name));
        }
        client.secrets().inNamespace(NS).resource(HelmRecords.release("external-secrets", NS, 1, "deployed",
                "external-secrets", "0.10.5", "v0.10.5", Map.of("installCRDs", true), "", List.of())).create();
        create(client, "SecretStore", "secretstores", Map.of("provider", Map.of("azurekv", Map.of(
                "authType", "WorkloadIdentity", "vaultUrl", "https://airflow-aks-kv.vault.azure.net/",
                "serviceAccountRef", Map.of("name", "airflow")))),
                status("Valid", "store validated", null));
        create(client, "ExternalSecret", "externalsecrets", Map.of("refreshInterval", "1h",
                "secretStoreRef", Map.of("name", "azure-store", "kind", "SecretStore"),
                "target", Map.of("name", "storage-account-credentials", "creationPolicy", "Owner"),
                "data", List.of(
                        Map.of("secretKey", "azurestorageaccountname",
                                "remoteRef", Map.of("key", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME")),
                        Map.of("secretKey", "azurestorageaccountkey",
                                "remoteRef", Map.of("key", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY")))),
                status("SecretSynced", "Secret was synced", NOW.toString()));
        client.secrets().inNamespace(NS).resource(new SecretBuilder().withNewMetadata()
                .withName("storage-account-credentials").withNamespace(NS).addNewOwnerReference()
                .withApiVersion("external-secrets.io/v1beta1").withKind("ExternalSecret")
                .withName("airflow-aks-azure-logs-secrets").withUid("es-uid").withController(true)
                .withBlockOwnerDeletion(true).endOwnerReference().endMetadata()
                .addToData("azurestorageaccountname", b64(STORAGE_ACCOUNT))
                .addToData("azurestorageaccountkey", b64(STORAGE_KEY)).build()).create();
    }

    private static String kindOf(String plural) {
        return switch (plural) {
            case "externalsecrets" -> "ExternalSecret";
            case "secretstores" -> "SecretStore";
            default -> "ClusterSecretStore";
        };
    }

    public static ResourceDefinitionContext esoContext(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup("external-secrets.io").withVersion("v1beta1")
                .withKind(kind).withPlural(plural).withNamespaced(true).build();
    }

    private static Map<String, Object> status(String reason, String message, String refreshTime) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("conditions", List.of(Map.of("type", "Ready", "status", "True", "reason", reason,
                "message", message)));
        if (refreshTime != null) {
            status.put("refreshTime", refreshTime);
        }
        return status;
    }

    private static void create(KubernetesClient client, String kind, String plural, Map<String, Object> spec,
                               Map<String, Object> status) {
        String name = "SecretStore".equals(kind) ? "azure-store" : "airflow-aks-azure-logs-secrets";
        GenericKubernetesResource r = new GenericKubernetesResourceBuilder()
                .withApiVersion("external-secrets.io/v1beta1").withKind(kind).withNewMetadata().withName(name)
                .withNamespace(NS).endMetadata().build();
        r.setAdditionalProperty("spec", spec);
        r.setAdditionalProperty("status", status);
        client.genericKubernetesResources(esoContext(kind, plural)).inNamespace(NS).resource(r).create();
    }

    static void seedStorage(KubernetesClient client) {
        seedBlobVolume(client);
        seedClaim(client);
    }

    /** The guide's static blob CSI PV, Bound. */
    public static void seedBlobVolume(KubernetesClient client) {
        client.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata().withName("pv-airflow-logs")
                .endMetadata().withNewSpec().addToCapacity("storage", new Quantity("5Gi"))
                .withAccessModes("ReadWriteMany").withPersistentVolumeReclaimPolicy("Retain")
                .withStorageClassName("azureblob-fuse-premium")
                .withMountOptions("-o allow_other", "--file-cache-timeout-in-seconds=120")
                .withNewCsi().withDriver("blob.csi.azure.com").withReadOnly(false).withVolumeHandle("airflow-logs-1")
                .addToVolumeAttributes("resourceGroup", "airflow-aks-rg")
                .addToVolumeAttributes("storageAccount", STORAGE_ACCOUNT)
                .addToVolumeAttributes("containerName", "airflow-logs")
                .withNewNodeStageSecretRef().withName("storage-account-credentials").withNamespace(NS)
                .endNodeStageSecretRef().endCsi().endSpec().withNewStatus().withPhase("Bound").endStatus().build())
                .create();
    }

    static void seedClaim(KubernetesClient client) {
        client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName("pvc-airflow-logs").withNamespace(NS).endMetadata().withNewSpec()
                .withAccessModes("ReadWriteMany").withStorageClassName("azureblob-fuse-premium")
                .withVolumeName("pv-airflow-logs").withNewResources().addToRequests("storage", new Quantity("5Gi"))
                .endResources().endSpec().withNewStatus().withPhase("Bound").endStatus().build()).create();
    }

    /**
     * The Airflow release as the test chart renders it with the guide's values ({@link RenderedAirflowChart}): every
     * non-hook object as rendered, the workloads Ready with one Running pod each (built from the pod template), the
     * pre-install hook Secrets (they stay), and the release record with the rendered manifest and the hooks.
     */
    static void seedAirflow(KubernetesClient client) {
        RenderedAirflowChart chart = RenderedAirflowChart.guide();
        for (RenderedAirflowChart.Doc doc : chart.docs()) {
            HasMetadata o = doc.applied();
            o.getMetadata().setNamespace(NS);
            if (doc.hook() && !"Secret".equals(o.getKind())) {
                continue;
            }
            if (o instanceof Deployment d) {
                d.setStatus(new DeploymentStatusBuilder().withReplicas(1).withReadyReplicas(1).build());
                pod(client, d.getMetadata().getName() + "-6c9f8d7b5-xk2p9", d.getSpec().getTemplate());
            } else if (o instanceof StatefulSet s) {
                s.setStatus(new StatefulSetStatusBuilder().withReplicas(1).withReadyReplicas(1).build());
                pod(client, s.getMetadata().getName() + "-0", s.getSpec().getTemplate());
            }
            client.resource(o).inNamespace(NS).create();
        }
        airflowRelease(client, chart.values(), chart.manifest(), "Succeeded");
    }

    /** The release record; its hooks are the chart's (Jobs end in {@code hookPhase}, the Secrets succeeded). */
    public static void airflowRelease(KubernetesClient client, Map<String, Object> config, String manifest,
                                      String hookPhase) {
        List<Map<String, Object>> hooks = RenderedAirflowChart.guide().hooks().stream()
                .map(h -> HelmRecords.hook(h.object().getKind(), h.object().getMetadata().getName(), h.hookEvents(),
                        "Job".equals(h.object().getKind()) ? hookPhase : "Succeeded")).toList();
        client.secrets().inNamespace(NS).resource(HelmRecords.release("airflow", NS, 1, "deployed", "airflow",
                "1.15.0", "2.9.3", config, manifest, hooks)).create();
    }

    /** A Running, Ready pod of a rendered workload: its template's labels and spec, every container ready. */
    static void pod(KubernetesClient client, String name, PodTemplateSpec template) {
        PodSpec spec = template.getSpec();
        client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(name).withNamespace(NS)
                .withLabels(template.getMetadata().getLabels()).endMetadata().withSpec(spec).withNewStatus()
                .withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                .withLastTransitionTime(NOW.toString()).endCondition()
                .withContainerStatuses(spec.getContainers().stream().map(c -> new ContainerStatusBuilder()
                        .withName(c.getName()).withReady(true).withRestartCount(0).withImage(c.getImage())
                        .withNewState().withNewRunning().withStartedAt(NOW.toString()).endRunning().endState()
                        .build()).toList())
                .endStatus().build()).create();
    }

    static void pod(KubernetesClient client, String name, Map<String, String> labels, List<String> containers) {
        PodSpec spec = spec(containers.stream().map(n -> new ContainerBuilder().withName(n)
                .withImage(ACR + ".azurecr.io/airflow:2.9.3").build()).toArray(io.fabric8.kubernetes.api.model.Container[]::new));
        client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(name).withNamespace(NS)
                .withLabels(labels).endMetadata().withSpec(spec).withNewStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(NOW.toString())
                .endCondition()
                .withContainerStatuses(containers.stream().map(n -> new ContainerStatusBuilder().withName(n)
                        .withReady(true).withRestartCount(0).withImage(ACR + ".azurecr.io/airflow:2.9.3")
                        .withNewState().withNewRunning().withStartedAt(NOW.toString()).endRunning().endState()
                        .build()).toList())
                .endStatus().build()).create();
    }

    private static PodSpec spec(io.fabric8.kubernetes.api.model.Container... containers) {
        return new PodSpecBuilder().withContainers(containers).build();
    }

    private static PodSpec spec(String name, String image) {
        return spec(new ContainerBuilder().withName(name).withImage(image).build());
    }

    private static io.fabric8.kubernetes.api.model.Container container(String name, String image) {
        return new ContainerBuilder().withName(name).withImage(image).build();
    }

    /** Moves the ExternalSecret's refreshTime to the wall clock, for runs that judge age with the real clock. */
    public static void refreshedNow(KubernetesClient client) {
        var es = client.genericKubernetesResources(esoContext("ExternalSecret", "externalsecrets")).inNamespace(NS)
                .withName("airflow-aks-azure-logs-secrets");
        GenericKubernetesResource r = es.get();
        es.delete();
        r.getMetadata().setResourceVersion(null);
        r.setAdditionalProperty("status", status("SecretSynced", "Secret was synced", Instant.now().toString()));
        client.genericKubernetesResources(esoContext("ExternalSecret", "externalsecrets")).inNamespace(NS).resource(r)
                .create();
    }

    public static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public static Set<String> seededSecretValues() {
        return Set.of(STORAGE_KEY);
    }
}
