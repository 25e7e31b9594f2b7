package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.tags.ConformanceSuite;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of every check class. Its {@code @BeforeAll} opens the run (target, client, readiness gate) through
 * parameter resolution, so that a target that cannot be reached fails in {@code @BeforeAll}, where the evidence
 * collector records it as broken, instead of inside the first check.
 */
@ConformanceSuite
public abstract class GuideCheck {

    @BeforeAll
    static void openRun(ConformanceContext run) {
        if (run.client() == null) {
            throw new IllegalStateException("the run has no Kubernetes client");
        }
    }
}
