package dev.airflowaks.deployer.steps;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;

/** Step 1: the namespace every guide object lives in ({@code kubectl create namespace}). */
public final class NamespaceStep extends ObjectsStep {

    @Override
    public String id() {
        return "1";
    }

    @Override
    public String title() {
        return "Namespace";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        return List.of(new NamespaceBuilder().withNewMetadata().withName(ctx.config().namespace())
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata().build());
    }
}
