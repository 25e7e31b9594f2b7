package dev.airflowaks.deployer.helm;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Decides the {@link Repair} of a release that is not deployed, from its latest revision and its last deployed
 * one. {@code failed}: upgrade over the deployed revision, or reinstall when there is none. {@code pending-*} or
 * {@code uninstalling} updated less than the Helm budget ago: another Helm operation may still be running, so
 * nothing is touched. Older than the budget, the operation was interrupted: a {@code pending-install} that never
 * deployed is reinstalled; a {@code pending-upgrade}/{@code pending-rollback} over a deployed revision is not
 * forced (Helm refuses to upgrade it, and the deployer does not edit Helm's storage): the message names the
 * {@code helm rollback} to run.
 */
public final class RepairPolicy {

    private RepairPolicy() {
    }

    /**
     * @param latestStatus   status of the latest revision
     * @param latestRevision its number
     * @param updated        when it was last updated
     * @param lastDeployed   the newest revision that was deployed (status deployed or superseded), if any
     * @param budget         the Helm budget: a pending operation younger than this may still be running
     */
    public static Repair decide(String release, String namespace, String latestStatus, int latestRevision,
                                Instant updated, OptionalInt lastDeployed, Duration budget, Instant now) {
        String status = latestStatus.toLowerCase(Locale.ROOT);
        String rollback = recovery(release, namespace, lastDeployed);
        boolean inProgress = status.startsWith("pending-") || status.equals("uninstalling");
        if (inProgress && updated.plus(budget).isAfter(now)) {
            return Repair.blocked("helm release " + namespace + "/" + release + " is " + status + " since "
                    + updated + " (less than the Helm budget of " + budget + " ago): another helm operation may "
                    + "still be running. Wait for it and apply again; if it was interrupted, run '" + rollback
                    + "' and apply again.");
        }
        if (lastDeployed.isEmpty()) {
            return Repair.reinstall();
        }
        if (inProgress) {
            return Repair.blocked("helm release " + namespace + "/" + release + " was left " + status
                    + " at revision " + latestRevision + " by an interrupted operation (updated " + updated
                    + "); helm will not upgrade it. Run '" + rollback + "' (the last deployed revision), then "
                    + "apply again.");
        }
        return Repair.upgrade(lastDeployed.getAsInt());
    }

    /**
     * The command that clears a release left {@code pending-*} by an interrupted operation: {@code helm rollback} to
     * the last deployed revision, or {@code helm uninstall} when none was ever deployed (a pending install).
     */
    public static String recovery(String release, String namespace, OptionalInt lastDeployed) {
        return lastDeployed.isPresent()
                ? "helm rollback " + release + " " + lastDeployed.getAsInt() + " -n " + namespace
                : "helm uninstall " + release + " -n " + namespace;
    }
}
