package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.guide.Article;
import dev.airflowaks.conformance.guide.GuideStep;
import dev.airflowaks.conformance.guide.VerifiesStep;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

import java.util.Optional;

/** Translates the suite's {@link GuideStep} into the report model's, and finds the step a test declares. */
final class GuideSteps {

    private GuideSteps() {
    }

    static dev.airflowaks.reports.model.GuideStep toModel(GuideStep step) {
        return step.article() == Article.INFRASTRUCTURE
                ? dev.airflowaks.reports.model.GuideStep.infrastructure(step.heading())
                : dev.airflowaks.reports.model.GuideStep.deploy(step.heading());
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
