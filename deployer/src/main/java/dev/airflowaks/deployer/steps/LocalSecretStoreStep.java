package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.profile.FakeStorageKey;
import dev.airflowaks.deployer.profile.LocalObjects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Step 4 of the local profile: SecretStore {@code azure-store} on ESO's fake provider, seeded with the guide's two
 * Key Vault keys (the account name, and a random stand-in key). The key comes from the live store when there is one,
 * so re-applying changes nothing; it is never shown (plan diffs mask everything under {@code data}, and an error
 * from the API server is re-thrown with the key masked).
 */
public final class LocalSecretStoreStep extends ObjectsStep {

    private final FakeStorageKey key = new FakeStorageKey();

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.SECRET_STORE;
    }

    @Override
    public String title() {
        return "SecretStore (local: fake provider)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        LocalObjects objects = new LocalObjects(ctx.config());
        String apiVersion = ctx.esoApiVersion();
        Optional<GenericKubernetesResource> live = liveStore(ctx, objects.secretStoreRef(apiVersion));
        return List.of(objects.secretStore(apiVersion, key.resolve(live)));
    }

    private static Optional<GenericKubernetesResource> liveStore(DeployContext ctx, GenericKubernetesResource ref) {
        return ctx.applier().live(ref).filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast);
    }

    @Override
    public String apply(DeployContext ctx) {
        try {
            return super.apply(ctx);
        } catch (RuntimeException e) {
            throw masked(e);
        }
    }

    /** The same failure with the stand-in key masked, and without the cause that may quote it. */
    private RuntimeException masked(RuntimeException e) {
        return new IllegalStateException(e.getClass().getSimpleName() + ": " + key.mask(String.valueOf(e.getMessage())));
    }

    @Override
    protected void write(DeployContext ctx, HasMetadata obj) {
        EsoWebhookGate.apply(ctx, obj);
    }
}
