package dev.airflowaks.conformance.guide;

import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;
import org.junit.jupiter.api.DisplayName;

import java.util.Optional;

/**
 * The label a reader sees for a check class in the console and the report: the number of the guide step it
 * verifies, taken from the catalogue, then the class's {@link DisplayName} ({@code "10. Airflow Helm release"};
 * steps of the infrastructure article read {@code "infra 5. …"}). Two classes verifying the same step share the
 * step's number, since the number points into the article.
 */
public final class CheckLabel {

    private CheckLabel() {
    }

    /** The step a check class declares, if any. */
    public static Optional<GuideStepId> step(Class<?> check) {
        return Optional.ofNullable(check.getAnnotation(VerifiesStep.class)).map(VerifiesStep::value);
    }

    /** The displayed number of a step: its position in its article, prefixed for the infrastructure article. */
    public static String number(GuideStepId step) {
        return (step.article() == Article.INFRASTRUCTURE ? "infra " : "") + step.number();
    }

    /** {@code "10. Airflow Helm release"}; the bare display name for a class that declares no step. */
    public static String of(Class<?> check) {
        String name = Optional.ofNullable(check.getAnnotation(DisplayName.class)).map(DisplayName::value)
                .orElse(check.getSimpleName());
        return step(check).map(s -> number(s) + ". " + name).orElse(name);
    }
}
