package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.azure.AccessPolicyInfo;
import dev.airflowaks.conformance.azure.FederatedCredentialInfo;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.seed.CheckRunner;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.StandInWebserver;
import dev.airflowaks.conformance.seed.World;
import dev.airflowaks.targets.faults.Fault;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For each of the twin's faults, seeds the state the twin's controllers produce for it and proves that exactly the
 * checks downstream of the fault fail, each naming the expected root cause. The same faults on the real twin are
 * the end-to-end proof; this pins the checks' logic.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class FaultMatrixTest {

    KubernetesClient client;
    private World world;
    private StandInWebserver web;

    @BeforeEach
    void seed() {
        world = World.seed(client);
        web = new StandInWebserver();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static final Set<String> SECRET_SYNC = Set.of("ExternalSecretCheck.externalSecretSynced",
            "ExternalSecretCheck.targetSecretHoldsKeys", "ExternalSecretCheck.valuesMatchKeyVault",
            "PodsCheck.componentsReady");

    static Set<String> union(Set<String> a, String... more) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(List.of(more));
        return out;
    }

    /** The failing checks and the root-cause fragment each fault must produce. */
    static Map.Entry<Set<String>, String> expected(Fault fault) {
        return switch (fault) {
            case IMAGE_MISSING -> Map.entry(Set.of("PodsCheck.componentsReady",
                    "AzureSideCheck.acrHoldsTheImportedImages"), "ImagePullBackOff (image "
                    + "airflowaksacr.azurecr.io/airflow:2.9.3) ← ACR airflowaksacr lacks "
                    + "airflowaksacr.azurecr.io/airflow:2.9.3 (HEAD /v2/airflow/manifests/2.9.3: 404) → fix: "
                    + "infrastructure guide, step 'import images'");
            case KEYVAULT_SECRET_MISSING -> Map.entry(union(SECRET_SYNC, "AzureSideCheck.vaultKeyIsCurrent"),
                    "Key Vault secret "
                    + "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY missing → fix: infrastructure guide, step 'storage account'");
            case FEDERATED_SUBJECT_MISMATCH -> Map.entry(union(SECRET_SYNC,
                    "AzureSideCheck.federatedCredentialMatches"), "federated credential subject "
                    + "system:serviceaccount:airflow:wrong ≠ expected system:serviceaccount:airflow:airflow → fix: "
                    + "deploy guide, step 'federated credential'");
            case FEDERATED_ISSUER_MISMATCH -> Map.entry(union(SECRET_SYNC,
                    "AzureSideCheck.federatedCredentialMatches"), "federated credential issuer https://wrong.issuer/"
                    + " ≠ AKS OIDC issuer " + GoodWorld.OIDC + " → fix: deploy guide, step 'federated credential'");
            case NO_ACCESS_POLICY -> Map.entry(union(SECRET_SYNC, "AzureSideCheck.accessPolicyGrantsGet"),
                    "access policy does not grant secrets get to principal " + GoodWorld.PRINCIPAL_ID
                            + " → fix: deploy guide, step 'access policy'");
            case STORAGE_CONTAINER_MISSING -> Map.entry(Set.of("AzureSideCheck.storageExists",
                    "PodsCheck.componentsReady"), "storage container airflow-logs missing → fix: infrastructure "
                    + "guide, step 'storage account'");
            case CSI_SECRET_KEY_MISSING -> Map.entry(Set.of("ExternalSecretCheck.targetSecretHoldsKeys",
                    "ExternalSecretCheck.valuesMatchKeyVault", "PodsCheck.componentsReady"),
                    "Secret storage-account-credentials lacks key azurestorageaccountkey");
            case SCHEDULER_UNHEALTHY -> Map.entry(Set.of("WebUiCheck.healthReportsHealthy"),
                    "/health scheduler unhealthy → fix: deploy guide, step 'deploy Airflow'");
            case SCHEDULER_CRASHLOOP -> Map.entry(Set.of("PodsCheck.componentsReady", "PodsCheck.noRestarts"),
                    "container scheduler CrashLoopBackOff");
            case ESO_NOT_INSTALLED -> Map.entry(union(SECRET_SYNC, "EsoInstallationCheck.controllersReady",
                    "SecretStoreCheck.storeIsValid"), "External Secrets controller not ready (0 ready replicas) → "
                    + "fix: deploy guide, step 'install External Secrets Operator'");
            case EXPIRED_CREDENTIALS -> throw new IllegalArgumentException("expired-credentials denies cluster access"
                    + " (401): the run is broken, not failed, so no check is downstream of it (ExpiredCredentialsTwinTest)");
            case ESO_WEBHOOK_NOT_READY -> Map.entry(Set.of(), "");
        };
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "EXPIRED_CREDENTIALS")
    void eachFaultFailsExactlyTheChecksDownstreamOfItWithItsRootCause(Fault fault) {
        apply(fault);
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("mock")
                .azure(world.azure).capabilities(world.run().capabilities()).webserver(web)
                .clock(world.run().clock()).build();
        Map<String, Throwable> failures = CheckRunner.failures(new CheckContext(run, world.published::add), true);
        var want = expected(fault);
        assertEquals(new TreeSet<>(want.getKey()), new TreeSet<>(failures.keySet()), () -> fault + ": "
                + failures.values().stream().map(Throwable::getMessage).toList());
        assertTrue(failures.values().stream().allMatch(t -> t instanceof ConformanceFailure),
                "a fault makes checks fail, never break: " + failures);
        if (want.getKey().isEmpty()) {
            return;
        }
        String first = failures.values().stream().map(Throwable::getMessage)
                .filter(m -> m.contains(want.getValue())).findFirst().orElse(null);
        assertTrue(first != null, fault + " must name its cause '" + want.getValue() + "' in: "
                + failures.values().stream().map(Throwable::getMessage).toList());
        assertTrue(world.published.stream().noneMatch(m -> m.toString().contains(GoodWorld.STORAGE_KEY)));
    }

    /**
     * The guide as published ({@code run --verbatim}): the chart's postgres image is gone from Docker Hub (world fact
     * registry.bitnami-versioned-tags-moved), so its pod sits in ImagePullBackOff and the metadatabase is unhealthy.
     * Exactly those checks fail, and the root cause names the image, the move and the fix.
     */
    @org.junit.jupiter.api.Test
    void theGuideAsPublishedFailsOnTheGonePostgresImageWithItsFix() {
        Pod postgres = client.pods().inNamespace(GoodWorld.NS).withLabel("app.kubernetes.io/name", "postgresql")
                .list().getItems().get(0);
        world.replace(postgres, p -> {
            p.getStatus().setPhase("Pending");
            var s = p.getStatus().getContainerStatuses().get(0);
            s.setReady(false);
            s.setImage("docker.io/bitnami/postgresql:16.1.0-debian-11-r15");
            s.setState(new ContainerStateBuilder().withNewWaiting().withReason("ImagePullBackOff")
                    .withMessage("Back-off pulling image \"docker.io/bitnami/postgresql:16.1.0-debian-11-r15\"")
                    .endWaiting().build());
        });
        web.metadatabaseStatus = "unhealthy";
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("mock")
                .azure(world.azure).capabilities(world.run().capabilities()).webserver(web)
                .clock(world.run().clock()).build();
        Map<String, Throwable> failures = CheckRunner.failures(new CheckContext(run, world.published::add), true);
        assertEquals(new TreeSet<>(Set.of("PodsCheck.componentsReady", "WebUiCheck.healthReportsHealthy")),
                new TreeSet<>(failures.keySet()), () -> failures.values().stream().map(Throwable::getMessage).toList()
                        .toString());
        String cause = "image docker.io/bitnami/postgresql:16.1.0-debian-11-r15 not found (Bitnami moved versioned "
                + "tags to docker.io/bitnamilegacy in 2025-08); fix: import it into ACR and set postgresql.image "
                + "(airflow-aks does this unless --verbatim)";
        assertTrue(failures.values().stream().allMatch(t -> t.getMessage().contains(cause)),
                () -> failures.values().stream().map(Throwable::getMessage).toList().toString());
    }

    private void apply(Fault fault) {
        switch (fault) {
            case IMAGE_MISSING -> {
                world.azure.acrMissing.add("airflow:2.9.3");
                waiting("airflow-scheduler-6c9f8d7b5-xk2p9", "ImagePullBackOff", 0);
            }
            case KEYVAULT_SECRET_MISSING -> {
                world.azure.secretValues.remove("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY");
                secretNeverSynced();
            }
            case FEDERATED_SUBJECT_MISMATCH -> {
                world.federatedSubjectMismatch();
                secretNeverSynced();
            }
            case FEDERATED_ISSUER_MISMATCH -> {
                world.azure.federated.set(0, new FederatedCredentialInfo("external-secret-operator",
                        "https://wrong.issuer/", "system:serviceaccount:airflow:airflow",
                        List.of("api://AzureADTokenExchange")));
                secretNeverSynced();
            }
            case NO_ACCESS_POLICY -> {
                world.azure.policies.clear();
                world.azure.policies.add(new AccessPolicyInfo("00000000-0000-0000-0000-000000000000",
                        List.of("get")));
                secretNeverSynced();
            }
            case STORAGE_CONTAINER_MISSING -> {
                world.azure.storageContainer = false;
                mountsPending();
            }
            case CSI_SECRET_KEY_MISSING -> {
                world.replace(client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials")
                        .get(), s -> s.getData().remove("azurestorageaccountkey"));
                mountsPending();
            }
            case SCHEDULER_UNHEALTHY -> web.schedulerStatus = "unhealthy";
            case SCHEDULER_CRASHLOOP -> waiting("airflow-scheduler-6c9f8d7b5-xk2p9", "CrashLoopBackOff", 4);
            case ESO_NOT_INSTALLED -> {
                for (String d : List.of("external-secrets", "external-secrets-webhook",
                        "external-secrets-cert-controller")) {
                    world.replace(client.apps().deployments().inNamespace(GoodWorld.NS).withName(d).get(),
                            x -> x.getStatus().setReadyReplicas(0));
                }
                for (var r : List.of(world.secretStore(), world.externalSecret())) {
                    world.replace(r, x -> x.getAdditionalProperties().remove("status"));
                }
                client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").delete();
                mountsPending();
            }
            case ESO_WEBHOOK_NOT_READY -> {
                // transient: the webhook's start-up race is over before the suite runs, so the world is healthy
                // and no check may fail (the deployer's wait is pinned by the deployer's twin test)
            }
        }
    }

    /** ESO could not sync: the ExternalSecret reports SecretSyncedError, its Secret was never written. */
    private void secretNeverSynced() {
        if (!"SecretSyncedError".equals(dev.airflowaks.conformance.kube.Conditions
                .reason(world.externalSecret(), "Ready").orElse(""))) {
            world.notReady(world.externalSecret(), "SecretSyncedError", "could not get secret data from provider");
        }
        client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").delete();
        mountsPending();
    }

    /** The logs volume cannot be mounted: the three pods that mount it stay Pending in ContainerCreating. */
    private void mountsPending() {
        for (Pod pod : client.pods().inNamespace(GoodWorld.NS).list().getItems()) {
            String name = pod.getMetadata().getName();
            if (name.startsWith("airflow-scheduler") || name.startsWith("airflow-triggerer")
                    || name.startsWith("airflow-webserver")) {
                world.replace(pod, p -> {
                    p.getStatus().setPhase("Pending");
                    p.getStatus().getContainerStatuses().forEach(s -> {
                        s.setReady(false);
                        s.setState(new ContainerStateBuilder().withNewWaiting().withReason("ContainerCreating")
                                .endWaiting().build());
                    });
                });
            }
        }
    }

    private void waiting(String podName, String reason, int restarts) {
        world.replace(client.pods().inNamespace(GoodWorld.NS).withName(podName).get(), p -> {
            var s = p.getStatus().getContainerStatuses().get(0);
            s.setReady(false);
            s.setRestartCount(restarts);
            s.setState(new ContainerStateBuilder().withNewWaiting().withReason(reason).endWaiting().build());
        });
    }
}
