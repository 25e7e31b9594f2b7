package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.AccessPolicyStep;
import dev.airflowaks.deployer.steps.AirflowChartStep;
import dev.airflowaks.deployer.steps.AirflowValuesStep;
import dev.airflowaks.deployer.steps.EsoChartStep;
import dev.airflowaks.deployer.steps.ExternalSecretStep;
import dev.airflowaks.deployer.steps.FederatedCredentialStep;
import dev.airflowaks.deployer.steps.LogsVolumeStep;
import dev.airflowaks.deployer.steps.NamespaceStep;
import dev.airflowaks.deployer.steps.ReadinessStep;
import dev.airflowaks.deployer.steps.SecretStoreStep;
import dev.airflowaks.deployer.steps.ServiceAccountStep;
import dev.airflowaks.deployer.steps.Step;
import java.util.List;

/** The guide's steps in the guide's order. */
public final class GuideSteps {

    private GuideSteps() {
    }

    public static List<Step> all() {
        return List.of(new NamespaceStep(), new ServiceAccountStep(), new EsoChartStep(), new SecretStoreStep(),
                new ExternalSecretStep(), new FederatedCredentialStep(), new AccessPolicyStep(),
                new LogsVolumeStep(), new AirflowValuesStep(), new AirflowChartStep(), new ReadinessStep());
    }
}
