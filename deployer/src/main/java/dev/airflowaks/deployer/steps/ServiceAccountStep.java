package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.List;

/**
 * Step 2: the workload-identity ServiceAccount. ESO's SecretStore authenticates as it, so it carries the
 * identity's client id and tenant annotations the guide sets.
 */
public final class ServiceAccountStep extends ObjectsStep {

    public static final String CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";
    public static final String TENANT_ID_ANNOTATION = "azure.workload.identity/tenant-id";

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.SERVICE_ACCOUNT;
    }

    @Override
    public String title() {
        return "ServiceAccount (workload identity)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        var c = ctx.config();
        return List.of(new ServiceAccountBuilder().withNewMetadata().withName(c.serviceAccountName())
                .withNamespace(c.namespace())
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY)
                .addToAnnotations(CLIENT_ID_ANNOTATION, c.identityClientId().orElseThrow())
                .addToAnnotations(TENANT_ID_ANNOTATION, c.tenantId().orElseThrow())
                .endMetadata().build());
    }
}
