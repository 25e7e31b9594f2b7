package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.profile.LocalObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Step 2 of the local profile: the guide's ServiceAccount without the workload-identity annotations (there is no
 * identity to federate with; the fake SecretStore does not authenticate).
 */
public final class LocalServiceAccountStep extends ObjectsStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.SERVICE_ACCOUNT;
    }

    @Override
    public String title() {
        return "ServiceAccount (local, no WI)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        return List.of(new LocalObjects(ctx.config()).serviceAccount());
    }
}
