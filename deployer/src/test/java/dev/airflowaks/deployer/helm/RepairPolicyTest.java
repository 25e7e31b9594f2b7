package dev.airflowaks.deployer.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status × age × history combination of {@link RepairPolicy}, against a 10-minute Helm budget. */
class RepairPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration BUDGET = Duration.ofMinutes(10);

    @ParameterizedTest(name = "{0}, {1} min ago, last deployed {2} -> {3}")
    @CsvSource({
        "failed,           1,   0, REINSTALL, no revision was ever deployed",
        "failed,           1,   2, UPGRADE,   upgrade over revision 2",
        "pending-install,  1,   0, BLOCKED,   another helm operation may still be running",
        "pending-install,  60,  0, REINSTALL, no revision was ever deployed",
        "pending-upgrade,  9,   2, BLOCKED,   another helm operation may still be running",
        "pending-upgrade,  60,  2, BLOCKED,   'run ''helm rollback airflow 2 -n airflow'''",
        "pending-rollback, 60,  2, BLOCKED,   was left pending-rollback at revision 3",
        "uninstalling,     1,   2, BLOCKED,   another helm operation may still be running",
        "uninstalling,     60,  0, REINSTALL, no revision was ever deployed"
    })
    void decides(String status, long minutesAgo, int lastDeployed, Repair.Kind kind, String detail) {
        Repair r = RepairPolicy.decide("airflow", "airflow", status, 3, NOW.minus(Duration.ofMinutes(minutesAgo)),
                lastDeployed == 0 ? OptionalInt.empty() : OptionalInt.of(lastDeployed), BUDGET, NOW);
        assertEquals(kind, r.kind(), r.detail());
        assertTrue(r.detail().toLowerCase(java.util.Locale.ROOT).contains(detail.toLowerCase(java.util.Locale.ROOT)),
                r.detail());
    }
}
