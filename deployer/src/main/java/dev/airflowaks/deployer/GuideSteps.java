package dev.airflowaks.deployer;

import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.steps.AccessPolicyStep;
import dev.airflowaks.deployer.steps.AirflowChartStep;
import dev.airflowaks.deployer.steps.AirflowValuesStep;
import dev.airflowaks.deployer.steps.EsoChartStep;
import dev.airflowaks.deployer.steps.ExternalSecretStep;
import dev.airflowaks.deployer.steps.FederatedCredentialStep;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.steps.ImagesStep;
import dev.airflowaks.deployer.steps.LocalLogsVolumeStep;
import dev.airflowaks.deployer.steps.LocalSecretStoreStep;
import dev.airflowaks.deployer.steps.LocalServiceAccountStep;
import dev.airflowaks.deployer.steps.LogsVolumeStep;
import dev.airflowaks.deployer.steps.NamespaceStep;
import dev.airflowaks.deployer.steps.NotApplicableStep;
import dev.airflowaks.deployer.steps.ReadinessStep;
import dev.airflowaks.deployer.steps.SecretStoreStep;
import dev.airflowaks.deployer.steps.ServiceAccountStep;
import dev.airflowaks.deployer.steps.Step;
import java.util.List;

/**
 * The guide's steps in the guide's order, per profile. Each names the catalogue step it performs; both profiles have
 * the same step ids ({@link dev.airflowaks.deployer.steps.StepIds}: the deploy article's steps plus {@code images},
 * the infrastructure article's import checked before the release, and the readiness wait), so progress lines,
 * the resume record and the reports line up; the local profile swaps the Azure-backed steps for stand-ins and marks
 * the Azure-only ones not applicable. Each call returns new step instances (some hold per-run state).
 */
public final class GuideSteps {

    private GuideSteps() {
    }

    /** The guide profile's steps. */
    public static List<Step> all() {
        return forProfile(Profile.GUIDE);
    }

    public static List<Step> forProfile(Profile profile) {
        return switch (profile) {
            case GUIDE -> List.of(new NamespaceStep(), new ServiceAccountStep(), new EsoChartStep(),
                    new SecretStoreStep(), new ExternalSecretStep(), new FederatedCredentialStep(),
                    new AccessPolicyStep(), new LogsVolumeStep(), new AirflowValuesStep(), new ImagesStep(),
                    new AirflowChartStep(), new ReadinessStep());
            case LOCAL -> List.of(new NamespaceStep(), new LocalServiceAccountStep(), new EsoChartStep(),
                    new LocalSecretStoreStep(), ExternalSecretStep.withoutVault(),
                    NotApplicableStep.noAzure(GuideStepId.FEDERATED_CREDENTIAL, "Federated credential",
                            "azure federatedCredential " + GuideNames.FEDERATED_CREDENTIAL),
                    NotApplicableStep.noAzure(GuideStepId.ACCESS_POLICY, "Key Vault access policy (secrets get)",
                            "azure accessPolicy (secrets get)"),
                    new LocalLogsVolumeStep(), new AirflowValuesStep(),
                    NotApplicableStep.noAzure(GuideStepId.IMPORT_IMAGES, "Images the Airflow release pulls",
                            "azure acr import (the local profile pulls public images)"),
                    new AirflowChartStep(), new ReadinessStep());
        };
    }
}
