package dev.airflowaks.deployer.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a chart comes from: the real repository (default) or a local directory/tgz for air-gapped users and the
 * offline test charts.
 *
 * @param location repository URL, or path of a chart directory or .tgz
 * @param chart    chart name inside the repository ({@code airflow}, {@code external-secrets})
 * @param version  pinned chart version
 */
public record ChartSource(String location, String chart, String version) {

    /** True for a chart on disk; false for a repository URL. */
    public boolean isLocal() {
        String l = location.toLowerCase(Locale.ROOT);
        return !(l.startsWith("http://") || l.startsWith("https://") || l.startsWith("oci://"));
    }

    public Path localPath() {
        if (!isLocal()) {
            throw new IllegalStateException(location + " is a repository URL, not a local chart");
        }
        return Path.of(location);
    }

    @Override
    public String toString() {
        return isLocal() ? location + " (local, version " + version + ")" : chart + " " + version + " from " + location;
    }
}
