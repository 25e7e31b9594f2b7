package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * Step 4: SecretStore {@code azure-store}, ESO's connection to the vault with workload identity through the
 * step-2 ServiceAccount. The vault URL is always the public {@code KEYVAULTURL} form, even against the twin.
 */
public final class SecretStoreStep extends ObjectsStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.SECRET_STORE;
    }

    @Override
    public String title() {
        return "SecretStore azure-store";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        var c = ctx.config();
        Map<String, Object> azurekv = Map.of(
                "authType", "WorkloadIdentity",
                "vaultUrl", c.keyVaultUrl().orElseThrow(),
                "serviceAccountRef", Map.of("name", c.serviceAccountName()));
        return List.of(new GenericKubernetesResourceBuilder().withApiVersion(ctx.esoApiVersion())
                .withKind("SecretStore")
                .withNewMetadata().withName(GuideNames.SECRET_STORE).withNamespace(c.namespace())
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata()
                .addToAdditionalProperties("spec", Map.of("provider", Map.of("azurekv", azurekv)))
                .build());
    }

    @Override
    protected void write(DeployContext ctx, HasMetadata obj) {
        EsoWebhookGate.apply(ctx, obj);
    }
}
