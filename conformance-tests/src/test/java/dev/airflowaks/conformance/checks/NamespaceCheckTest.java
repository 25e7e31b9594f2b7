package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class NamespaceCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesWhenActive() {
        assertDoesNotThrow(() -> new NamespaceCheck().namespaceIsActive(world.check()));
    }

    @Test
    void failsWhenTerminating() {
        world.replace(client.namespaces().withName(GoodWorld.NS).get(), n -> n.getStatus().setPhase("Terminating"));
        ConformanceFailure f = World.fails(() -> new NamespaceCheck().namespaceIsActive(world.check()));
        assertTrue(f.getMessage().contains("phase: expected Active, actual Terminating"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'namespace'"), f.getMessage());
    }

    @Test
    void failsWhenMissing() {
        client.namespaces().withName(GoodWorld.NS).delete();
        ConformanceFailure f = World.fails(() -> new NamespaceCheck().namespaceIsActive(world.check()));
        assertEquals("phase: expected Active, actual missing", f.mismatches().get(0).toString());
    }
}
