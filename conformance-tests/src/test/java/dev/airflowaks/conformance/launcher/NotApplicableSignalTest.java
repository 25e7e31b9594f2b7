package dev.airflowaks.conformance.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.targeting.NotApplicable;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * "Not applicable" is a type ({@link NotApplicable}), recognised by the results collector by its type: a skip or an
 * abort whose text merely starts with "not applicable" stays skipped, and a class stopped as a whole files every one
 * of its checks as not applicable.
 */
class NotApplicableSignalTest {

    @Test
    void theCollectorFilesChecksByTheSignalsTypeNotByTheirText() {
        Map<String, CheckResult> checks = run(Samples.class, WholeClassNotApplicable.class);

        CheckResult typed = checks.get("notApplicable");
        assertEquals(Status.NOT_APPLICABLE, typed.status());
        assertEquals("not applicable on target twin: missing AZURE", typed.reason());

        assertEquals(Status.SKIPPED, checks.get("disabledWithTheOldPrefix").status(),
                "a @Disabled reason that starts with 'not applicable' is a skip");
        assertEquals(Status.SKIPPED, checks.get("abortedWithTheOldPrefix").status(),
                "an assumption whose message starts with 'not applicable' is a skip");
        assertEquals(Status.PASSED, checks.get("passes").status());

        for (String id : new String[] {"first", "second"}) {
            assertEquals(Status.NOT_APPLICABLE, checks.get(id).status(), id);
            assertEquals("not applicable on target k3s: missing BLOB_CSI", checks.get(id).reason(), id);
        }
    }

    private static Map<String, CheckResult> run(Class<?>... classes) {
        ResultsCollector collector = new ResultsCollector(Clock.systemUTC());
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(java.util.Arrays.stream(classes).map(c -> selectClass(c)).toList()).build();
        LauncherFactory.create().execute(request, collector);
        RunReport report = collector.report("run", "twin");
        return report.checks().stream().collect(Collectors.toMap(
                c -> c.id().substring(c.id().lastIndexOf('.') + 1), Function.identity()));
    }

    @VerifiesStep(GuideStepId.DEPLOY_AIRFLOW)
    static class Samples {
        @Test
        void notApplicable() {
            throw new NotApplicable("not applicable on target twin: missing AZURE");
        }

        @Test
        @Disabled("not applicable on target twin: but disabled by hand")
        void disabledWithTheOldPrefix() {
        }

        @Test
        void abortedWithTheOldPrefix() {
            assumeTrue(false, "not applicable: an ordinary assumption");
        }

        @Test
        void passes() {
        }
    }

    /** Stands in for {@code CapabilityCondition} on a class-level {@code @RequiresCapability}. */
    static final class StopsTheClass implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            throw new NotApplicable("not applicable on target k3s: missing BLOB_CSI");
        }
    }

    @VerifiesStep(GuideStepId.DEPLOY_AIRFLOW)
    @ExtendWith(StopsTheClass.class)
    static class WholeClassNotApplicable {
        @Test
        void first() {
        }

        @Test
        void second() {
        }
    }
}
