package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.guide.GuideStepId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RootCauseAnalyzerTest {

    private static Link link(String label, LinkState state, List<Link> deps) {
        return new Link(label, null, () -> state, () -> deps);
    }

    @Test
    void theDeepestBrokenLinkIsTheCauseAndHealthyLinksOnThePathAreShown() {
        Link fc = link("federated credential", LinkState.broken("subject x ≠ expected y",
                GuideStepId.FEDERATED_CREDENTIAL), List.of());
        Link es = link("ExternalSecret e", LinkState.broken("SecretSyncedError", GuideStepId.EXTERNAL_SECRET),
                List.of(link("SecretStore s", LinkState.ok("Valid"), List.of()), fc));
        Link pv = link("PV p", LinkState.ok("Bound"), List.of(es));
        Link pod = link("pod a", LinkState.broken("Pending", GuideStepId.DEPLOY_AIRFLOW), List.of(pv));
        RootCause cause = new RootCauseAnalyzer().explain(pod).orElseThrow();
        assertEquals("pod a Pending ← PV p Bound ← ExternalSecret e SecretSyncedError ← federated credential "
                + "subject x ≠ expected y → fix: deploy guide, step 'federated credential'", cause.render());
        assertEquals("federated credential", cause.brokenLink().label());
    }

    @Test
    void aHealthyChainExplainsNothing() {
        Link pod = link("pod a", LinkState.ok("Ready"), List.of(link("PVC c", LinkState.ok("Bound"), List.of())));
        assertTrue(new RootCauseAnalyzer().explain(pod).isEmpty());
    }

    @Test
    void aBrokenLinkWithHealthyDependenciesIsItsOwnCause() {
        Link pod = link("pod a", LinkState.broken("CrashLoopBackOff", GuideStepId.DEPLOY_AIRFLOW),
                List.of(link("PVC c", LinkState.ok("Bound"), List.of())));
        assertEquals("pod a CrashLoopBackOff → fix: deploy guide, step 'deploy Airflow'",
                new RootCauseAnalyzer().explain(pod).orElseThrow().render());
    }

    @Test
    void aMissingObjectIsNotExplainedByItsDependenciesUnlessDerivedFromThem() {
        Link brokenSecret = link("Secret s", LinkState.missing("missing", GuideStepId.EXTERNAL_SECRET), List.of());
        Link pv = link("PV p", LinkState.missing("missing", GuideStepId.LOGS_VOLUME), List.of(brokenSecret));
        assertEquals("PV p missing → fix: deploy guide, step 'logs persistent volume'",
                new RootCauseAnalyzer().explain(pv).orElseThrow().render());
        Link es = link("ExternalSecret e", LinkState.broken("SecretSyncedError", GuideStepId.EXTERNAL_SECRET), List.of());
        Link derived = new Link("Secret s", null, () -> LinkState.missing("missing", GuideStepId.EXTERNAL_SECRET),
                () -> List.of(es), true);
        assertEquals("Secret s missing ← ExternalSecret e SecretSyncedError → fix: deploy guide, step "
                + "'ExternalSecret'", new RootCauseAnalyzer().explain(derived).orElseThrow().render());
    }

    @Test
    void cyclesTerminateAndEachProbeRunsOnce() {
        AtomicInteger probes = new AtomicInteger();
        List<Link> aDeps = new ArrayList<>();
        Link a = new Link("a", null, () -> {
            probes.incrementAndGet();
            return LinkState.broken("down", GuideStepId.NAMESPACE);
        }, () -> aDeps);
        Link b = new Link("b", null, () -> LinkState.ok("up"), () -> List.of(a));
        aDeps.add(b);
        assertEquals("a down → fix: deploy guide, step 'namespace'", new RootCauseAnalyzer().explain(a).orElseThrow()
                .render());
        assertEquals(1, probes.get());
    }
}
