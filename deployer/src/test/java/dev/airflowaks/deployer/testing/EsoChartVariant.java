package dev.airflowaks.deployer.testing;

import dev.airflowaks.fixtures.charts.TestCharts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the ESO test chart whose CRDs serve other API versions, so the twin's discovery shows what a newer ESO
 * serves (0.16: v1beta1 and v1; 0.17+: v1 only) without a second checked-in chart. The copy also carries another
 * chart version, as the real chart would.
 */
public final class EsoChartVariant {

    private static final String SERVED_LIST = "list \"v1alpha1\" \"v1beta1\"";
    private static final String STORAGE = "storage: {{ eq $v \"v1beta1\" }}";

    private EsoChartVariant() {
    }

    /**
     * @param extractedCharts a {@link TestCharts#extract} root
     * @param target          where to write the chart copy
     * @param served          the CRD versions to serve
     * @param storage         the storage version (one of {@code served})
     * @param chartVersion    the chart version to declare in Chart.yaml
     */
    public static Path write(Path extractedCharts, Path target, List<String> served, String storage,
                             String chartVersion) {
        Path source = TestCharts.eso(extractedCharts);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
            Path helpers = target.resolve("templates/_helpers.tpl");
            String tpl = Files.readString(helpers);
            require(tpl, SERVED_LIST);
            require(tpl, STORAGE);
            String list = served.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(" ", "list ", ""));
            Files.writeString(helpers, tpl.replace(SERVED_LIST, list)
                    .replace(STORAGE, "storage: {{ eq $v \"" + storage + "\" }}"));
            Path chartYaml = target.resolve("Chart.yaml");
            Files.writeString(chartYaml, Files.readString(chartYaml).replaceFirst("(?m)^version: .*$",
                    "version: " + chartVersion));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(String text, String fragment) {
        if (!text.contains(fragment)) {
            throw new IllegalStateException("the ESO test chart changed: no '" + fragment + "' to rewrite");
        }
    }
}
