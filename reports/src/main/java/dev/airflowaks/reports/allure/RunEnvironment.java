package dev.airflowaks.reports.allure;

import dev.airflowaks.reports.model.RunReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts of a {@link RunReport} as Allure environment entries, so both reports name the same versions. */
public final class RunEnvironment {

    private RunEnvironment() {
    }

    /** Target, Kubernetes, charts, ESO API version, run id and duration, plus the report's other facts. */
    public static Map<String, String> of(RunReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Target", r.target());
        m.put("Kubernetes", r.environment().kubernetesVersion());
        r.environment().chartVersions().forEach((chart, version) -> m.put("Chart " + chart, version));
        m.put("ESO API version", r.environment().esoApiVersion());
        m.put("Run id", r.runId());
        m.put("Duration", r.duration().toString());
        m.put("Verdict", r.verdict().label());
        r.environment().other().forEach(m::putIfAbsent);
        m.values().removeIf(v -> v == null || v.isBlank());
        return m;
    }
}
