package dev.airflowaks.conformance.kube;

import dev.airflowaks.conformance.seed.RenderedAirflowChart;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks' inventory constants ({@link AirflowInventory}, {@link AirflowComponent}) against their oracle, the
 * test chart rendered with the guide's values ({@link RenderedAirflowChart}). A wrong constant fails here with a
 * readable diff, and the good-world tests (seeded from the same render) fail with the check's own message.
 */
class ChartOracleTest {

    private final RenderedAirflowChart chart = RenderedAirflowChart.guide();

    @Test
    void nonHookInventoryIsTheRenderedManifestInHelmsOrder() {
        List<String> rendered = chart.nonHook().stream().map(RenderedAirflowChart.Doc::kindName).toList();
        same("AirflowInventory.NON_HOOK", rendered, AirflowInventory.NON_HOOK);
        assertEquals(rendered, AirflowInventory.NON_HOOK, "same objects, Helm's install order");
    }

    @Test
    void hooksAreTheChartsHookObjects() {
        same("AirflowInventory.HOOKS", chart.hooks().stream().map(RenderedAirflowChart.Doc::kindName).toList(),
                AirflowInventory.HOOKS);
    }

    @Test
    void requiredHookJobsAreTheChartsPostInstallJobs() {
        List<String> jobs = chart.hooks().stream().filter(d -> d.object().getKind().equals("Job"))
                .filter(d -> d.hookEvents().contains("post-install"))
                .map(d -> d.object().getMetadata().getName()).toList();
        same("AirflowInventory.REQUIRED_HOOK_JOBS", jobs, AirflowInventory.REQUIRED_HOOK_JOBS);
    }

    @Test
    void componentsAreTheRenderedWorkloads() {
        same("AirflowComponent workloads", chart.workloads().stream().map(w -> w.getKind() + "/"
                        + w.getMetadata().getName()).toList(),
                Arrays.stream(AirflowComponent.values()).map(c -> c.workloadKind() + "/" + c.workloadName()).toList());
        List<String> wrong = new ArrayList<>();
        for (AirflowComponent c : AirflowComponent.values()) {
            HasMetadata w = chart.workloads().stream().filter(o -> o.getMetadata().getName().equals(c.workloadName()))
                    .findFirst().orElseThrow();
            PodTemplateSpec t = w instanceof Deployment d ? d.getSpec().getTemplate()
                    : ((StatefulSet) w).getSpec().getTemplate();
            int containers = t.getSpec().getContainers().size();
            if (containers != c.containers()) {
                wrong.add(c + ".containers: constant " + c.containers() + ", chart " + containers);
            }
            Map<String, String> labels = t.getMetadata().getLabels();
            if (!labels.entrySet().containsAll(c.podLabels().entrySet())) {
                wrong.add(c + ".podLabels: constant " + c.podLabels() + " not among the chart's " + labels);
            }
            boolean mounts = t.getSpec().getVolumes() != null && t.getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getPersistentVolumeClaim() != null
                            && "pvc-airflow-logs".equals(v.getPersistentVolumeClaim().getClaimName()));
            if (mounts != c.mountsLogs()) {
                wrong.add(c + ".mountsLogs: constant " + c.mountsLogs() + ", chart " + mounts);
            }
        }
        assertEquals(List.of(), wrong, "AirflowComponent disagrees with the rendered chart");
    }

    /** The seeded fault: a wrong inventory constant fails with a diff naming the wrong entry. */
    @Test
    void aWrongConstantFailsNamingWhatIsMissingAndWhatIsUnexpected() {
        List<String> wrong = new ArrayList<>(AirflowInventory.NON_HOOK);
        wrong.set(wrong.indexOf("Service/airflow-statsd"), "Service/airflow-statsd-exporter");
        List<String> rendered = chart.nonHook().stream().map(RenderedAirflowChart.Doc::kindName).toList();
        AssertionError e = assertThrows(AssertionError.class, () -> same("NON_HOOK", rendered, wrong));
        assertTrue(e.getMessage().contains("in the chart, not in NON_HOOK: [Service/airflow-statsd]"), e.getMessage());
        assertTrue(e.getMessage().contains("in NON_HOOK, not in the chart: [Service/airflow-statsd-exporter]"),
                e.getMessage());
    }

    static void same(String constant, List<String> chart, List<String> constantValue) {
        TreeSet<String> missing = new TreeSet<>(chart);
        missing.removeAll(constantValue);
        TreeSet<String> extra = new TreeSet<>(constantValue);
        extra.removeAll(chart);
        if (!missing.isEmpty() || !extra.isEmpty() || chart.size() != constantValue.size()) {
            throw new AssertionError(constant + " disagrees with the rendered test chart:\n  in the chart, not in "
                    + constant + ": " + missing + "\n  in " + constant + ", not in the chart: " + extra
                    + "\n  sizes: chart " + chart.size() + ", constant " + constantValue.size());
        }
    }
}
