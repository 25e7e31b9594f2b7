package dev.airflowaks.conformance.seed;

import com.marcnuri.helm.Helm;
import dev.airflowaks.fixtures.charts.TestCharts;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The oracle of the checks' good world: the offline Airflow <b>test chart</b> rendered with the guide's
 * {@code airflow_values.yaml} (a test resource, {@code $MY_ACR_REGISTRY} = {@link GoodWorld#ACR}), read as data. It
 * never reads the checks' constants ({@code AirflowInventory}, {@code AirflowComponent}), so a wrong constant makes
 * the good-world tests fail instead of agreeing with itself.
 *
 * <p>helm-java's {@code template()} returns only the release manifest and drops hook objects. The chart files are
 * therefore read as data first: in a copy of the chart each {@code "helm.sh/hook"} annotation key is renamed to
 * {@link #WAS_HOOK} (weight and delete-policy keys likewise), so the one render also yields the hooks, with their
 * real names and labels, marked as hooks.
 */
public final class RenderedAirflowChart {

    /** Annotation that carries a hook object's {@code helm.sh/hook} events in the render. */
    public static final String WAS_HOOK = "airflow-aks.test/helm.sh-hook";
    public static final String VALUES_RESOURCE = "guide/airflow_values.yaml";

    /** One rendered document: its object and its exact text (what Helm stores in the release manifest). */
    public record Doc(HasMetadata object, String text) {
        public String kindName() {
            return object.getKind() + "/" + object.getMetadata().getName();
        }

        public boolean hook() {
            return annotations().containsKey(WAS_HOOK);
        }

        public List<String> hookEvents() {
            return List.of(annotations().getOrDefault(WAS_HOOK, "").split(","));
        }

        /** A copy of the object as Helm applies it: the hook annotations under their real {@code helm.sh/} keys. */
        public HasMetadata applied() {
            HasMetadata copy = Serialization.clone(object);
            Map<String, String> a = copy.getMetadata().getAnnotations();
            if (a != null) {
                Map<String, String> real = new java.util.LinkedHashMap<>();
                a.forEach((k, v) -> real.put(k.replace("airflow-aks.test/helm.sh-", "helm.sh/"), v));
                copy.getMetadata().setAnnotations(real);
            }
            return copy;
        }

        private Map<String, String> annotations() {
            Map<String, String> a = object.getMetadata().getAnnotations();
            return a == null ? Map.of() : a;
        }
    }

    private final List<Doc> docs;
    private final Map<String, Object> values;

    private RenderedAirflowChart(List<Doc> docs, Map<String, Object> values) {
        this.docs = List.copyOf(docs);
        this.values = values;
    }

    /** The guide's render, computed once per test JVM (rendering takes about a second). */
    public static RenderedAirflowChart guide() {
        return Holder.GUIDE;
    }

    private static final class Holder {
        static final RenderedAirflowChart GUIDE = render(guideValues());
    }

    /** The guide's values file with {@code $MY_ACR_REGISTRY} replaced by {@link GoodWorld#ACR}. */
    public static String guideValues() {
        try (InputStream in = RenderedAirflowChart.class.getClassLoader().getResourceAsStream(VALUES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + VALUES_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("$MY_ACR_REGISTRY", GoodWorld.ACR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the test chart (release {@code airflow}, namespace {@code airflow}) with the given values YAML. */
    @SuppressWarnings("unchecked")
    public static RenderedAirflowChart render(String valuesYaml) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rendered-airflow-chart");
            TestCharts.extract(dir);
            Path chart = TestCharts.airflow(dir);
            unhook(chart);
            Path valuesFile = dir.resolve("values.yaml");
            Files.writeString(valuesFile, valuesYaml);
            String manifest = new Helm(chart).template().withName("airflow").withNamespace(GoodWorld.NS)
                    .withValuesFile(valuesFile).call();
            List<Doc> docs = new ArrayList<>();
            for (String text : manifest.split("(?m)^---\\s*$")) {
                if (text.lines().anyMatch(l -> l.startsWith("kind:"))) {
                    HasMetadata o = Serialization.unmarshal(text);
                    docs.add(new Doc(o, "---\n" + text.strip() + "\n"));
                }
            }
            return new RenderedAirflowChart(docs, Serialization.unmarshal(valuesYaml, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the Airflow test chart", e);
        } finally {
            delete(dir);
        }
    }

    /** Renames the hook annotation keys in every template, so {@code template()} keeps the hooks, marked. */
    private static void unhook(Path chart) throws IOException {
        try (Stream<Path> files = Files.walk(chart.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                String marked = text.replace("\"helm.sh/hook\":", "\"" + WAS_HOOK + "\":")
                        .replace("\"helm.sh/hook-", "\"airflow-aks.test/helm.sh-hook-");
                if (!marked.equals(text)) {
                    Files.writeString(f, marked);
                }
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rendered object, hooks included, in Helm's output order. */
    public List<Doc> docs() {
        return docs;
    }

    public List<Doc> nonHook() {
        return docs.stream().filter(d -> !d.hook()).toList();
    }

    public List<Doc> hooks() {
        return docs.stream().filter(Doc::hook).toList();
    }

    /** The release manifest Helm stores: the non-hook documents, in order. */
    public String manifest() {
        return String.join("", nonHook().stream().map(Doc::text).toList());
    }

    /** The user-supplied values (what Helm stores as the release's {@code config}). */
    public Map<String, Object> values() {
        return values;
    }

    /** The long-running workloads (Deployments and StatefulSets). */
    public List<HasMetadata> workloads() {
        return nonHook().stream().map(Doc::object)
                .filter(o -> o.getKind().equals("Deployment") || o.getKind().equals("StatefulSet")).toList();
    }
}
