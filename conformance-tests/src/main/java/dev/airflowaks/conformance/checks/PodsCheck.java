package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.AirflowComponent;
import dev.airflowaks.conformance.kube.AirflowInventory;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.conformance.kube.PodStates;
import dev.airflowaks.conformance.rootcause.Link;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.diagnosis.GuideReplicas;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.DisplayName;

import java.util.List;
import java.util.Optional;

/**
 * Check 9: every component runs: all pods Ready with all containers ready, no restarts or crash loops, and the
 * migration and create-user hooks succeeded. The hook Jobs are deleted after success, so their outcome is read from
 * the release record (or, failing that, the Jobs' Events).
 */
@DisplayName("Airflow pods")
@VerifiesStep(GuideStepId.DEPLOY_AIRFLOW)
public class PodsCheck extends GuideCheck {

    /** Pod counts from the guide and the chart's defaults, never from the Deployment being judged. */
    private static final GuideReplicas GUIDE = GuideReplicas.fromWorldFacts();

    @ConformanceCheck
    @DisplayName("every component is Ready with all containers ready")
    public void componentsReady(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Link firstBad = null;
        for (AirflowComponent component : AirflowComponent.values()) {
            if (!ready(pods(c, ns, component), component)) {
                firstBad = c.run().links().pod(component);
                break;
            }
        }
        Verification v = c.verify(GuideStepId.DEPLOY_AIRFLOW, "Airflow components", firstBad);
        for (AirflowComponent component : AirflowComponent.values()) {
            List<Pod> pods = pods(c, ns, component);
            String state = pods.stream().map(p -> PodStates.readyContainers(p) + "/" + component.containers() + " "
                    + PodStates.phase(p)).reduce((a, b) -> a + ", " + b).orElse("no pod");
            int guide = GUIDE.of(component.workloadName()).orElse(1);
            v.that(component.workloadName(), (guide > 1 ? guide + " pods " : "") + component.containers() + "/"
                            + component.containers() + " Running", ready(pods, component) && pods.size() >= guide,
                    state + stuckSuffix(pods));
        }
        v.done();
    }

    private static boolean ready(List<Pod> pods, AirflowComponent component) {
        return !pods.isEmpty() && pods.stream().allMatch(p -> PodStates.isReady(p, component.containers()));
    }

    private static String stuckSuffix(List<Pod> pods) {
        return pods.stream().map(PodStates::stuck).flatMap(Optional::stream).findFirst().map(s -> " (" + s + ")")
                .orElse("");
    }

    @ConformanceCheck
    @DisplayName("no container restarted or is crash-looping")
    public void noRestarts(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Link firstBad = null;
        for (AirflowComponent component : AirflowComponent.values()) {
            if (pods(c, ns, component).stream().anyMatch(p -> PodStates.restarts(p) > 0
                    || PodStates.stuck(p).filter(s -> s.contains("CrashLoopBackOff")).isPresent())) {
                firstBad = c.run().links().pod(component);
                break;
            }
        }
        Verification v = c.verify(GuideStepId.DEPLOY_AIRFLOW, "Airflow containers", firstBad);
        for (AirflowComponent component : AirflowComponent.values()) {
            List<Pod> pods = pods(c, ns, component);
            int restarts = pods.stream().mapToInt(PodStates::restarts).sum();
            boolean crashLoop = pods.stream().anyMatch(p -> PodStates.stuck(p)
                    .filter(s -> s.contains("CrashLoopBackOff")).isPresent());
            v.that(component.workloadName() + " restarts", "0", restarts == 0 && !crashLoop,
                    restarts + (crashLoop ? " (CrashLoopBackOff)" : ""));
        }
        v.done();
    }

    @ConformanceCheck
    @DisplayName("the migration and create-user hooks succeeded")
    public void hooksSucceeded(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Optional<HelmRelease> release = c.run().helm().latest(ns, Expectations.AIRFLOW_RELEASE);
        Verification v = c.verify(GuideStepId.DEPLOY_AIRFLOW, "Airflow release hooks", c.run().links().metadataDatabase())
                .that("release", "installed", release.isPresent(), release.isPresent() ? "installed" : "missing")
                .checkpoint();
        for (String job : AirflowInventory.REQUIRED_HOOK_JOBS) {
            String phase = release.get().hooks().stream().filter(h -> "Job".equals(h.kind()) && job.equals(h.name()))
                    .map(HelmRelease.Hook::lastRunPhase).filter(p -> !p.isEmpty()).findFirst()
                    .orElseGet(() -> fromEvents(c, ns, job));
            v.equal("hook Job " + job, "Succeeded", phase);
        }
        v.done();
    }

    /** A Job's outcome from its Events ({@code Completed} → Succeeded, {@code BackoffLimitExceeded} → Failed). */
    static String fromEvents(CheckContext c, String ns, String job) {
        var events = c.run().client().v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> e.getInvolvedObject() != null && "Job".equals(e.getInvolvedObject().getKind())
                        && job.equals(e.getInvolvedObject().getName())).toList();
        if (events.stream().anyMatch(e -> "Completed".equals(e.getReason()))) {
            return "Succeeded";
        }
        if (events.stream().anyMatch(e -> "BackoffLimitExceeded".equals(e.getReason()))) {
            return "Failed";
        }
        return "no hook record and no Job events";
    }

    static List<Pod> pods(CheckContext c, String ns, AirflowComponent component) {
        return c.run().client().pods().inNamespace(ns).withLabels(component.podLabels()).list().getItems();
    }
}
