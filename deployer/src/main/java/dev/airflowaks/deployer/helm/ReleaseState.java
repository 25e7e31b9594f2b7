package dev.airflowaks.deployer.helm;

import java.util.Locale;

/**
 * A Helm release as {@code helm list -a} shows it.
 *
 * @param chart {@code <name>-<version>}, e.g. {@code airflow-1.15.0}
 */
public record ReleaseState(String name, String namespace, String status, String chart, String revision) {

    public boolean deployed() {
        return "deployed".equals(status.toLowerCase(Locale.ROOT));
    }

    /** failed, pending-install, pending-upgrade, pending-rollback, uninstalling: needs repair before use. */
    public boolean broken() {
        return !deployed() && !"superseded".equals(status.toLowerCase(Locale.ROOT));
    }
}
