package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;

/**
 * The one mapping from the catalogue step a deployer step performs ({@link Step#guideStep()}) to the id that
 * progress lines, the resume record ({@code ProgressStore}) and {@code apply --stop-after} use. The ids are the ones
 * users have seen since the first release:
 * <ul>
 *   <li>a step of the deploy article: its number in the article ({@code NAMESPACE} is "1", {@code DEPLOY_AIRFLOW}
 *       "10");</li>
 *   <li>{@code IMPORT_IMAGES} of the infrastructure article, which the deploy run checks before the release:
 *       "images";</li>
 *   <li>the readiness wait, the second deployer step performing {@code DEPLOY_AIRFLOW} (the guide's
 *       {@code helm install} and its {@code kubectl get pods}): "11", numbered after the release
 *       ({@link #READINESS}).</li>
 * </ul>
 * {@code --stop-after} also accepts the catalogue name ({@code DEPLOY_AIRFLOW}), meaning after the last deployer
 * step that performs it ({@link #matches}).
 */
public final class StepIds {

    /** The id of the images step. */
    public static final String IMAGES = "images";
    /** The readiness wait's id: the number after the release's, as printed since the first release. */
    public static final String READINESS = String.valueOf(GuideStepId.DEPLOY_AIRFLOW.number() + 1);

    private StepIds() {
    }

    /** The id of the (first) deployer step performing {@code step}. */
    public static String of(GuideStepId step) {
        if (step == GuideStepId.IMPORT_IMAGES) {
            return IMAGES;
        }
        if (step.article() != Article.DEPLOY) {
            throw new IllegalArgumentException(step + " is an infrastructure step; apply --infra names it by "
                    + "its catalogue name");
        }
        return String.valueOf(step.number());
    }

    /**
     * Whether a {@code --stop-after} value names {@code step}: its id, or its catalogue step's name when it is the
     * last deployer step performing that step ({@code lastOfItsGuideStep}).
     */
    public static boolean matches(String value, Step step, boolean lastOfItsGuideStep) {
        return value.equals(step.id()) || lastOfItsGuideStep && value.equals(step.guideStep().name());
    }
}
