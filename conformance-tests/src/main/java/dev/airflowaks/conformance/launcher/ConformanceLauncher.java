package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.guide.CatalogueOrder;
import dev.airflowaks.reports.model.RunReport;
import org.junit.platform.engine.discovery.ClassNameFilter;
import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.targeting.ConnectedCluster;
import dev.airflowaks.deployer.interrupt.Interruption;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the conformance checks through the JUnit Platform Launcher, the way {@code airflow-aks verify} does, and
 * returns the report model. The same check classes run under Maven; only the entry point differs.
 */
public final class ConformanceLauncher {

    /** The package holding the check classes (they are the product, in src/main). */
    public static final String CHECKS_PACKAGE = "dev.airflowaks.conformance.checks";

    /** Check classes end in {@code Check}; their self-tests in the same package end in {@code Test}. */
    public static final String CHECK_CLASS_PATTERN = ".*Check$";

    private final Clock clock;

    public ConformanceLauncher(Clock clock) {
        this.clock = clock;
    }

    public ConformanceLauncher() {
        this(Clock.systemUTC());
    }

    /** Runs every check against the request's target; never throws for a failing target (see the verdict). */
    public RunReport run(RunRequest request) {
        return run(request, Interruption.none());
    }

    /**
     * As {@link #run(RunRequest)}; a signalled {@code interruption} stops the suite's own deploy as it stops
     * {@code apply} (the caller then writes no verdict). It reaches the checks through the launcher session's store.
     */
    public RunReport run(RunRequest request, Interruption interruption) {
        return run(request, selectPackageRequest(request), interruption, Optional.empty());
    }

    /** As {@link #run(RunRequest, Interruption)}, on a cluster the caller already connected to. */
    public RunReport run(RunRequest request, Interruption interruption, ConnectedCluster connected) {
        return run(request, selectPackageRequest(request), interruption, Optional.of(connected));
    }

    RunReport run(RunRequest request, LauncherDiscoveryRequest discovery) {
        return run(request, discovery, Interruption.none(), Optional.empty());
    }

    private RunReport run(RunRequest request, LauncherDiscoveryRequest discovery, Interruption interruption,
                          Optional<ConnectedCluster> connected) {
        ResultsCollector collector = new ResultsCollector(clock);
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(RunSettings.INTERRUPTION), RunSettings.INTERRUPTION,
                    interruption);
            connected.ifPresent(c -> session.getStore().put(Namespace.create(RunSettings.CONNECTED),
                    RunSettings.CONNECTED, c));
            session.getLauncher().execute(discovery, collector);
        }
        return collector.report(runId(), request.target());
    }

    static LauncherDiscoveryRequest selectPackageRequest(RunRequest request) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(CheckSelectors.of(CHECKS_PACKAGE, ConformanceLauncher.class))
                .filters(ClassNameFilter.includeClassNamePatterns(CHECK_CLASS_PATTERN))
                .configurationParameters(request.parameters())
                // the checks run in the order of the guide's catalogue (their @VerifiesStep), one class at a time
                .configurationParameter("junit.jupiter.testclass.order.default", CatalogueOrder.class.getName())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    private String runId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(clock.instant())
                + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
