package dev.airflowaks.deployer.helm;

/**
 * How apply brings a release that is not {@code deployed} back, decided from its history before anything is
 * changed, so that plan can show it and apply never guesses. A {@link Kind#BLOCKED} repair carries the message the
 * user needs (what to run by hand), because some states must not be forced: a pending operation may still be
 * running, and Helm refuses to upgrade a release stuck in {@code pending-upgrade}.
 *
 * @param detail           for UPGRADE/REINSTALL the plan's wording; for BLOCKED the full message
 * @param deployedRevision for UPGRADE the revision it upgrades over
 */
public record Repair(Kind kind, String detail, java.util.OptionalInt deployedRevision) {

    /** What apply does. */
    public enum Kind {
        /** {@code helm upgrade} over the last deployed revision. */
        UPGRADE,
        /** {@code helm uninstall} then {@code helm install}: no revision was ever deployed. */
        REINSTALL,
        /** Apply stops with {@link #detail()} and changes nothing. */
        BLOCKED
    }

    public static Repair upgrade(int deployedRevision) {
        return new Repair(Kind.UPGRADE, "upgrade over revision " + deployedRevision,
                java.util.OptionalInt.of(deployedRevision));
    }

    public static Repair reinstall() {
        return new Repair(Kind.REINSTALL, "uninstall and install again, no revision was ever deployed",
                java.util.OptionalInt.empty());
    }

    public static Repair blocked(String message) {
        return new Repair(Kind.BLOCKED, message, java.util.OptionalInt.empty());
    }
}
