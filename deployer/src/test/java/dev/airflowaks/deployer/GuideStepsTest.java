package dev.airflowaks.deployer;

import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.steps.Step;
import dev.airflowaks.deployer.steps.StepIds;
import dev.airflowaks.guide.GuideStepId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: deployer steps name the catalogue step they perform; the ids users see in progress lines, the resume
 * record and {@code --stop-after} stay those of the first release (written out here, not derived).
 */
class GuideStepsTest {

    private static final List<String> IDS_SINCE_THE_FIRST_RELEASE =
            List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "images", "10", "11");

    @Test
    void bothProfilesKeepTheIdsUsersResumeAndStopBy() {
        for (Profile p : Profile.values()) {
            assertEquals(IDS_SINCE_THE_FIRST_RELEASE, GuideSteps.forProfile(p).stream().map(Step::id).toList(),
                    p.toString());
        }
    }

    @Test
    void stepsPerformTheCatalogueStepsInTheGuidesOrder() {
        List<GuideStepId> performed = GuideSteps.all().stream().map(Step::guideStep).toList();
        assertEquals(List.of(GuideStepId.NAMESPACE, GuideStepId.SERVICE_ACCOUNT, GuideStepId.INSTALL_ESO,
                GuideStepId.SECRET_STORE, GuideStepId.EXTERNAL_SECRET, GuideStepId.FEDERATED_CREDENTIAL,
                GuideStepId.ACCESS_POLICY, GuideStepId.LOGS_VOLUME, GuideStepId.HELM_VALUES,
                GuideStepId.IMPORT_IMAGES, GuideStepId.DEPLOY_AIRFLOW, GuideStepId.DEPLOY_AIRFLOW), performed);
        assertEquals(GuideSteps.all().stream().map(Step::guideStep).toList(),
                GuideSteps.forProfile(Profile.LOCAL).stream().map(Step::guideStep).toList());
    }

    @Test
    void stopAfterTakesTheIdOrTheCatalogueNameOfTheLastStepPerformingIt() {
        List<Step> steps = GuideSteps.all();
        Step chart = steps.get(10);
        Step readiness = steps.get(11);
        assertTrue(StepIds.matches("10", chart, false));
        assertFalse(StepIds.matches("DEPLOY_AIRFLOW", chart, false), "the chart is not the last DEPLOY_AIRFLOW step");
        assertTrue(StepIds.matches("DEPLOY_AIRFLOW", readiness, true));
        assertTrue(StepIds.matches("11", readiness, true));
        assertTrue(StepIds.matches("IMPORT_IMAGES", steps.get(9), true));
    }

    @Test
    void anInfrastructureStepHasNoDeployId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StepIds.of(GuideStepId.AKS_CLUSTER));
        assertTrue(e.getMessage().contains("apply --infra"), e.getMessage());
    }
}
