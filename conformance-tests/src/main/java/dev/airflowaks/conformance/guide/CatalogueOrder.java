package dev.airflowaks.conformance.guide;

import dev.airflowaks.guide.GuideStepId;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Runs the check classes in the guide's order: by the catalogue position of the step each declares with
 * {@link VerifiesStep}, then by class name where several classes verify the same step (the Airflow release before
 * its pods). The order lives in {@link GuideStepId}, so no check carries a hand-written {@code @Order}.
 */
public final class CatalogueOrder implements ClassOrderer {

    /** Sorts check classes as the launcher runs them; also used to number them and to generate docs/checks.md. */
    public static final Comparator<Class<?>> CHECKS = Comparator
            .comparingInt((Class<?> c) -> CheckLabel.step(c).map(GuideStepId::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(Class::getSimpleName);

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(ClassDescriptor::getTestClass, CHECKS));
    }
}
