package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.conformance.wait.ComponentReadiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The run-level facts the report needs (target, versions, served ESO API, time-to-Ready per component), published
 * once as JUnit report entries on the class that opened the run, so any listener (the launcher's results collection,
 * Allure, Surefire's XML) can pick them up without reaching into the engine.
 */
final class RunFacts {

    /** The fact naming the deviation ids the suite's apply made; the report resolves them against world-facts. */
    static final String DEVIATIONS = "deviations";
    /** The fact's value when the apply made none (report entries may not be blank): the guide as published. */
    static final String NONE = "none";

    private RunFacts() {
    }

    static Map<String, String> of(ConformanceContext run) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(CheckContext.FACT_PREFIX + "target", run.targetName());
        facts.put(CheckContext.FACT_PREFIX + "profile", run.profile().id());
        facts.put(CheckContext.FACT_PREFIX + "capabilities", String.valueOf(run.capabilities()));
        run.applyOutcome().ifPresent(o -> facts.put(CheckContext.FACT_PREFIX + "apply", o));
        run.deviations().ifPresent(d -> facts.put(CheckContext.FACT_PREFIX + DEVIATIONS, d.isBlank() ? NONE : d));
        try {
            var version = run.client().getKubernetesVersion();
            if (version != null && version.getGitVersion() != null) {
                facts.put(CheckContext.FACT_PREFIX + "kubernetes-version", version.getGitVersion());
            }
        } catch (RuntimeException e) {
            facts.put(CheckContext.FACT_PREFIX + "kubernetes-version", "unknown (" + e.getMessage() + ")");
        }
        run.eso().servedVersion().ifPresent(v -> facts.put(CheckContext.FACT_PREFIX + "eso-api-version",
                "external-secrets.io/" + v));
        String ns = run.expectations().namespace();
        for (String release : new String[] {Expectations.AIRFLOW_RELEASE, Expectations.ESO_RELEASE}) {
            run.helm().latest(ns, release).ifPresent(r -> facts.put(CheckContext.FACT_PREFIX + "chart."
                    + r.chartName(), chart(r)));
        }
        for (ComponentReadiness r : run.timeline().entries()) {
            // the cluster's own pod-created → Ready time when known; else when the gate saw it, from the gate's start
            long millis = (r.timeToReady() != null ? r.timeToReady() : r.observedAfter()).toMillis();
            facts.put(CheckContext.TIMELINE_PREFIX + r.component(), Math.max(0, millis) + "|" + r.outcome());
            if (r.outcome() == ComponentReadiness.Outcome.STUCK && r.detail().startsWith("stopped waiting: ")) {
                facts.putIfAbsent(CheckContext.FACT_PREFIX + "stopped-waiting", r.detail().lines().findFirst()
                        .orElse(""));
            }
        }
        return facts;
    }

    private static String chart(HelmRelease r) {
        return r.chartVersion() + (r.appVersion().isEmpty() ? "" : " (app " + r.appVersion() + ")");
    }

    static void publish(ConformanceContext run, BiConsumer<String, String> sink) {
        of(run).forEach(sink);
    }
}
