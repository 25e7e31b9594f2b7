package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.context.ConformanceFailure;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.context.RunState;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.kube.PodStates;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Collects evidence when a check or a lifecycle method (including {@code @BeforeAll}) throws, then rethrows the
 * original throwable unchanged. A {@link AssertionError} is recorded as "failed", anything else as "broken"; the
 * evidence directory is published as report entry {@value #EVIDENCE_KEY}. Aborted tests are not evidence.
 */
public final class EvidenceCollector implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    public static final String EVIDENCE_KEY = "conformance.evidence";
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceCollector.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        collect(context, throwable, context.getRequiredTestMethod().getName());
        throw throwable;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        collect(context, throwable, "beforeAll");
        throw throwable;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        collect(context, throwable, "beforeEach");
        throw throwable;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        collect(context, throwable, "afterEach");
        throw throwable;
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        collect(context, throwable, "afterAll");
        throw throwable;
    }

    /** "failed" for a conformance failure ({@link AssertionError}), "broken" for anything else. */
    public static String classify(Throwable t) {
        return t instanceof AssertionError ? "failed" : "broken";
    }

    private void collect(ExtensionContext context, Throwable throwable, String phase) {
        if (throwable instanceof TestAbortedException) {
            return;
        }
        try {
            var state = RunState.ifOpen(context);
            Path base = state.map(RunState::evidenceDir).orElseGet(() -> context
                    .getConfigurationParameter(RunSettings.EVIDENCE_DIR).map(Path::of)
                    .orElse(Path.of("target", "conformance-evidence")));
            Path dir = base.resolve(context.getRequiredTestClass().getSimpleName()).resolve(phase);
            String failure = classify(throwable) + ": " + throwable.getClass().getName() + "\n"
                    + throwable.getMessage() + "\n\n" + stack(throwable);
            List<Path> files;
            if (state.isEmpty()) {
                EvidenceFiles.writeText(dir.resolve("failure.txt"), failure);
                files = List.of(dir.resolve("failure.txt"));
            } else {
                ConformanceContext run = state.get().context();
                files = EvidenceWriter.of(context, run.client(), run.eso(), run.expectations().namespace())
                        .write(dir, failure, scope(run, throwable));
            }
            context.publishReportEntry(EVIDENCE_KEY, dir.toAbsolutePath().toString());
            EvidenceFiles.attachToAllure(dir, files);
        } catch (RuntimeException e) {
            LOG.warn("collecting evidence for {} failed: {}", context.getDisplayName(), e.toString());
            throwable.addSuppressed(e);
        }
    }

    /** The failure's own objects, or every not-ready pod of the namespace for a broken run. */
    static List<ObjectRef> scope(ConformanceContext run, Throwable throwable) {
        if (throwable instanceof ConformanceFailure f && !f.objects().isEmpty()) {
            return f.objects();
        }
        String ns = run.expectations().namespace();
        return run.client().pods().inNamespace(ns).list().getItems().stream()
                .filter(p -> !"Running".equals(PodStates.phase(p)) || PodStates.restarts(p) > 0
                        || PodStates.stuck(p).isPresent())
                .map(p -> ObjectRef.of("Pod", ns, p.getMetadata().getName())).toList();
    }

    private static String stack(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
