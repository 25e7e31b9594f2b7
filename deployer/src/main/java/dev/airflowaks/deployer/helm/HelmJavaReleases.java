package dev.airflowaks.deployer.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.Release;
import com.marcnuri.helm.ReleaseHistory;
import com.marcnuri.helm.UpgradeCommand;
import dev.airflowaks.deployer.config.ChartSource;
import dev.airflowaks.deployer.values.YamlValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link HelmReleases} over helm-java. Every command gets the kubeconfig as a <b>file</b>. Charts come from a local
 * directory/tgz or from an HTTP(S) repository URL, fetched by version into the work directory by
 * {@link RepositoryCharts}, so the user's own {@code helm repo} setup and cache are neither needed nor touched.
 *
 * <p>Helm is never asked to {@code --wait}: helm-java cannot cancel a call in flight, so the deployer keeps each call
 * to object creation plus the chart's hooks (which Helm still waits for, within the spec's timeout) and waits for
 * readiness itself, where an interrupt stops at once ({@code ReleaseSpec#waitReady}).
 */
public final class HelmJavaReleases implements HelmReleases {

    private final Path kubeconfig;
    private final Path workDir;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param kubeconfig the kubeconfig file
     * @param workDir    a private directory for the repository config and the values files
     */
    public HelmJavaReleases(Path kubeconfig, Path workDir) {
        this.kubeconfig = kubeconfig;
        this.workDir = workDir;
    }

    @Override
    public Optional<ReleaseState> status(String release, String namespace) {
        return Helm.list().all().withNamespace(namespace).withKubeConfig(kubeconfig).call().stream()
                .filter(r -> r.getName().equals(release)).findFirst().map(HelmJavaReleases::state);
    }

    @Override
    public Map<String, Object> values(String release, String namespace) {
        String yaml = Helm.get(release).values().withNamespace(namespace).withKubeConfig(kubeconfig).call();
        return YamlValues.parse(yaml.replaceFirst("^USER-SUPPLIED VALUES:\\s*\\n", ""));
    }

    @Override
    public ReleaseState installOrUpgrade(ReleaseSpec spec) {
        Optional<ReleaseState> current = status(spec.release(), spec.namespace());
        if (current.isPresent() && current.get().broken()) {
            Repair repair = repair(spec);
            if (repair.kind() == Repair.Kind.BLOCKED) {
                throw new IllegalStateException(repair.detail());
            }
            if (repair.kind() == Repair.Kind.REINSTALL) {
                uninstall(spec.release(), spec.namespace());
                current = Optional.empty();
            }
        }
        Path values = writeValues(spec);
        Release r = current.isEmpty() ? install(spec, values) : upgrade(spec, values);
        return state(r);
    }

    @Override
    public Repair repair(ReleaseSpec spec) {
        List<ReleaseHistory> history = Helm.history(spec.release()).withNamespace(spec.namespace())
                .withKubeConfig(kubeconfig).call().stream()
                .sorted(Comparator.comparingInt(ReleaseHistory::getRevision)).toList();
        if (history.isEmpty()) {
            return Repair.reinstall();
        }
        ReleaseHistory latest = history.get(history.size() - 1);
        OptionalInt deployed = history.stream()
                .filter(h -> List.of("deployed", "superseded").contains(h.getStatus().toLowerCase(Locale.ROOT)))
                .mapToInt(ReleaseHistory::getRevision).max();
        Instant updated = latest.getUpdated() == null ? Instant.EPOCH : latest.getUpdated().toInstant();
        return RepairPolicy.decide(spec.release(), spec.namespace(), latest.getStatus(), latest.getRevision(),
                updated, deployed, spec.timeout(), clock.instant());
    }

    private Release install(ReleaseSpec spec, Path values) {
        ChartSource c = spec.chart();
        InstallCommand cmd = isOci(c) ? Helm.install(ociReference(c)) : new Helm(chartPath(c)).install();
        cmd.withName(spec.release()).withNamespace(spec.namespace()).withVersion(c.version())
                .withValuesFile(values).withKubeConfig(kubeconfig);
        cmd.withTimeout((int) spec.timeout().toSeconds());
        return cmd.call();
    }

    private Release upgrade(ReleaseSpec spec, Path values) {
        ChartSource c = spec.chart();
        UpgradeCommand cmd = isOci(c) ? Helm.upgrade(ociReference(c)) : new Helm(chartPath(c)).upgrade();
        cmd.withName(spec.release()).withNamespace(spec.namespace()).withVersion(c.version())
                .resetValues().withValuesFile(values).withKubeConfig(kubeconfig);
        cmd.withTimeout((int) spec.timeout().toSeconds());
        return cmd.call();
    }

    @Override
    public void uninstall(String release, String namespace) {
        Helm.uninstall(release).withNamespace(namespace).ignoreNotFound().withKubeConfig(kubeconfig).call();
    }

    @Override
    public Optional<String> template(ReleaseSpec spec) {
        ChartSource c = spec.chart();
        if (isOci(c)) {
            return Optional.empty();
        }
        return Optional.of(new Helm(chartPath(c)).template().withName(spec.release()).withNamespace(spec.namespace())
                .withVersion(c.version()).withValuesFile(writeValues(spec)).call());
    }

    private Path writeValues(ReleaseSpec spec) {
        try {
            Files.createDirectories(workDir);
            Path p = workDir.resolve(spec.release() + "-values.yaml");
            Files.writeString(p, YamlValues.dump(spec.values()));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local chart as given; a repository chart fetched by version into the private work directory. */
    private Path chartPath(ChartSource c) {
        return c.isLocal() ? c.localPath() : new RepositoryCharts(workDir.resolve("charts")).fetch(c);
    }

    private static boolean isOci(ChartSource c) {
        return c.location().toLowerCase(Locale.ROOT).startsWith("oci://");
    }

    private static String ociReference(ChartSource c) {
        return c.location().replaceAll("/+$", "") + "/" + c.chart();
    }

    private static ReleaseState state(Release r) {
        return new ReleaseState(r.getName(), r.getNamespace(), r.getStatus(), r.getChart(), r.getRevision());
    }
}
