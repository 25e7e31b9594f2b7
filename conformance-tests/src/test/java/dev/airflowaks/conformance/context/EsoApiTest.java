package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.kube.EsoApi;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class EsoApiTest {

    KubernetesClient client;

    @Test
    void withoutTheCrdsNoVersionIsServed() {
        assertEquals(Optional.empty(), EsoApi.discover(client).servedVersion());
        assertTrue(EsoApi.discover(client).externalSecret("airflow", "x").isEmpty());
    }

    @Test
    void anEso017ClusterIsReadThroughV1() {
        client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(EsoApi.EXTERNAL_SECRETS_CRD).endMetadata().withNewSpec()
                .withGroup(EsoApi.GROUP).withScope("Namespaced").withNewNames().withPlural("externalsecrets")
                .withKind("ExternalSecret").endNames()
                .addNewVersion().withName("v1beta1").withServed(false).withStorage(false).endVersion()
                .addNewVersion().withName("v1").withServed(true).withStorage(true).endVersion().endSpec().build())
                .create();
        client.genericKubernetesResources(new ResourceDefinitionContext.Builder().withGroup(EsoApi.GROUP)
                .withVersion("v1").withKind("ExternalSecret").withPlural("externalsecrets").withNamespaced(true)
                .build()).inNamespace("airflow").resource(new GenericKubernetesResourceBuilder()
                .withApiVersion("external-secrets.io/v1").withKind("ExternalSecret").withNewMetadata().withName("es")
                .withNamespace("airflow").endMetadata().build()).create();
        EsoApi api = EsoApi.discover(client);
        assertEquals(Optional.of("v1"), api.servedVersion());
        assertTrue(api.externalSecret("airflow", "es").isPresent());
    }
}
