package dev.airflowaks.conformance.launcher;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

import java.util.Optional;

/** Finds the catalogue step ({@link GuideStepId}) a test declares with {@link VerifiesStep}. */
final class GuideSteps {

    private GuideSteps() {
    }

    /** The method's {@link VerifiesStep}, else its class's. */
    static Optional<VerifiesStep> declared(Optional<TestSource> source) {
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (source.get() instanceof MethodSource m) {
            try {
                VerifiesStep onMethod = m.getJavaMethod().getAnnotation(VerifiesStep.class);
                return onMethod != null ? Optional.of(onMethod)
                        : Optional.ofNullable(m.getJavaClass().getAnnotation(VerifiesStep.class));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        if (source.get() instanceof ClassSource c) {
            return Optional.ofNullable(c.getJavaClass().getAnnotation(VerifiesStep.class));
        }
        return Optional.empty();
    }
}
