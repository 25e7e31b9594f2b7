package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.seed.CheckRunner;
import dev.airflowaks.conformance.seed.FakeAzure;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.StandInWebserver;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the guide's world every conformance check passes, and shows what it compared. */
@EnableKubernetesMockClient(crud = true, https = false)
class GoodWorldTest {

    KubernetesClient client;
    private StandInWebserver web;

    @BeforeEach
    void seed() {
        GoodWorld.seed(client);
        web = new StandInWebserver();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void everyConformanceCheckPassesOnTheGuidesWorld() {
        ConformanceContext run = ConformanceContext.builder(client, GoodWorld.expectations()).target("mock")
                .azure(new FakeAzure()).capabilities(GoodWorld.context(client, new FakeAzure()).capabilities())
                .webserver(web).clock(GoodWorld.context(client, new FakeAzure()).clock()).build();
        List<Map<String, String>> published = new ArrayList<>();
        Map<String, Throwable> failures = CheckRunner.failures(new CheckContext(run, published::add), true);
        assertEquals(Map.of(), failures, () -> failures.values().stream().map(Throwable::toString)
                .reduce("", (a, b) -> a + "\n" + b));
        assertTrue(published.stream().anyMatch(m -> m.getOrDefault(CheckContext.COMPARED, "")
                .contains("phase: expected Active, actual Active")), "checks publish expected vs actual");
        assertTrue(published.stream().anyMatch(m -> m.containsKey(CheckContext.SUBSTITUTED)),
                "the UI check says it reached a stand-in when REAL_AIRFLOW is missing");
        assertTrue(published.stream().anyMatch(m -> "external-secrets.io/v1beta1"
                .equals(m.get(CheckContext.FACT_PREFIX + "eso-api-version"))), "the served ESO API is recorded");
    }
}
