package dev.airflowaks.deployer.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.azure.ExtraTrust;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployer's registry client against the twin's public registries over HTTPS, through the OCI distribution
 * API's anonymous bearer flow (fact {@code registry.distribution-api}): Docker Hub today serves the bitnamilegacy
 * copy and answers 404 for the tag Bitnami moved (fact {@code registry.bitnami-versioned-tags-moved}).
 */
class PublicRegistryTwinTest {

    static AzureTwin twin;
    static PublicRegistry registry;

    @BeforeAll
    static void start() {
        twin = AzureTwin.start(AzureTwinOptions.defaults());
        registry = PublicRegistry.forEndpoints(Optional.of(twin.registryEndpoint()),
                Optional.of(ExtraTrust.sslContext(twin.caCertPem())),
                WorldFacts.load().fact("registry.distribution-api"));
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    @Test
    void theBitnamilegacyCopyIsServed() {
        RegistryAnswer a = registry.ask("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15");
        assertInstanceOf(RegistryAnswer.Serves.class, a, a.toString());
        assertEquals("HEAD " + twin.registryEndpoint() + "docker.io/v2/bitnamilegacy/postgresql/manifests/"
                + "16.1.0-debian-11-r15", a.request());
    }

    @Test
    void theTagBitnamiMovedAwayAnswers404AsDockerHubDoesToday() {
        RegistryAnswer a = registry.ask("docker.io/bitnami/postgresql:16.1.0-debian-11-r15");
        assertEquals(new RegistryAnswer.NotFound(a.request(), 404), a);
    }

    @Test
    void anotherRegistryHostIsServedUnderItsOwnName() {
        assertInstanceOf(RegistryAnswer.Serves.class, registry.ask("quay.io/prometheus/statsd-exporter:v0.26.1"));
        assertInstanceOf(RegistryAnswer.NotFound.class, registry.ask("quay.io/prometheus/statsd-exporter:v0.0.0"));
    }

    @Test
    void withoutTheTwinsCaTheRegistryIsUnreachableNotMissing() {
        PublicRegistry untrusting = PublicRegistry.forEndpoints(Optional.of(twin.registryEndpoint()), Optional.empty(),
                WorldFacts.load().fact("registry.distribution-api"));
        RegistryAnswer a = untrusting.ask("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15");
        assertInstanceOf(RegistryAnswer.Unreachable.class, a);
        assertTrue(((RegistryAnswer.Unreachable) a).reason().contains("SSL"), a.toString());
    }
}
