package dev.airflowaks.conformance.seed;

import dev.airflowaks.conformance.context.ConformanceFailure;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** One seeded world per test: the mock cluster, the fake Azure, and helpers to break things and run a check. */
public final class World {

    public final KubernetesClient client;
    public final FakeAzure azure = new FakeAzure();
    public final List<Map<String, String>> published = new ArrayList<>();

    private World(KubernetesClient client) {
        this.client = client;
    }

    public static World seed(KubernetesClient client) {
        GoodWorld.seed(client);
        return new World(client);
    }

    public ConformanceContext run() {
        return GoodWorld.context(client, azure);
    }

    public CheckContext check() {
        return new CheckContext(run(), published::add);
    }

    /** Runs a check that must fail as non-conformant, and returns the failure. */
    public static ConformanceFailure fails(Executable check) {
        return assertThrows(ConformanceFailure.class, check);
    }

    /** Replaces a stored object with an edited copy (delete + create: the mock keeps statuses verbatim). */
    public <T extends HasMetadata> void replace(T current, Consumer<T> edit) {
        client.resource(current).delete();
        edit.accept(current);
        current.getMetadata().setResourceVersion(null);
        current.getMetadata().setUid(null);
        current.getMetadata().setCreationTimestamp(null);
        client.resource(current).create();
    }

    public GenericKubernetesResource externalSecret() {
        return client.genericKubernetesResources(GoodWorld.esoContext("ExternalSecret", "externalsecrets"))
                .inNamespace(GoodWorld.NS).withName("airflow-aks-azure-logs-secrets").get();
    }

    public GenericKubernetesResource secretStore() {
        return client.genericKubernetesResources(GoodWorld.esoContext("SecretStore", "secretstores"))
                .inNamespace(GoodWorld.NS).withName("azure-store").get();
    }

    /** Sets {@code status.conditions[0]} of an ESO resource to Ready=False with the reason. */
    public void notReady(GenericKubernetesResource resource, String reason, String message) {
        GenericKubernetesResource store = resource;
        boolean isEs = "ExternalSecret".equals(resource.getKind());
        client.genericKubernetesResources(isEs ? GoodWorld.esoContext("ExternalSecret", "externalsecrets")
                : GoodWorld.esoContext("SecretStore", "secretstores")).inNamespace(GoodWorld.NS).resource(store).delete();
        store.getMetadata().setResourceVersion(null);
        store.getMetadata().setUid(null);
        store.setAdditionalProperty("status", Map.of("conditions", List.of(Map.of("type", "Ready", "status", "False",
                "reason", reason, "message", message))));
        client.genericKubernetesResources(isEs ? GoodWorld.esoContext("ExternalSecret", "externalsecrets")
                : GoodWorld.esoContext("SecretStore", "secretstores")).inNamespace(GoodWorld.NS).resource(store)
                .create();
    }

    /** The federated-subject-mismatch fault: Azure holds a wrong subject and ESO cannot sync. */
    public void federatedSubjectMismatch() {
        azure.federated.clear();
        azure.federated.add(new dev.airflowaks.conformance.azure.FederatedCredentialInfo("external-secret-operator",
                GoodWorld.OIDC, "system:serviceaccount:airflow:wrong", List.of("api://AzureADTokenExchange")));
        notReady(externalSecret(), "SecretSyncedError", "could not get secret data from provider");
    }
}
