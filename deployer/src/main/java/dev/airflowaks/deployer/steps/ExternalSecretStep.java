package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5: ExternalSecret {@code airflow-aks-azure-logs-secrets}, which makes ESO copy the storage account name and
 * key from the vault into the Secret the blob PV mounts with. The object is the same in every profile; only the
 * guide has vault secrets behind it that destroy keeps (or purges).
 */
public final class ExternalSecretStep extends ObjectsStep {

    private final boolean vaultSecrets;

    /** The guide's step: destroy keeps the two vault secrets, {@code --purge} deletes them. */
    public ExternalSecretStep() {
        this(true);
    }

    private ExternalSecretStep(boolean vaultSecrets) {
        this.vaultSecrets = vaultSecrets;
    }

    /** The same ExternalSecret with no vault behind it (the local profile's fake SecretStore). */
    public static ExternalSecretStep withoutVault() {
        return new ExternalSecretStep(false);
    }

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.EXTERNAL_SECRET;
    }

    @Override
    public String title() {
        return "ExternalSecret (storage credentials)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        var c = ctx.config();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("refreshInterval", "1h");
        spec.put("secretStoreRef", Map.of("kind", "SecretStore", "name", GuideNames.SECRET_STORE));
        spec.put("target", Map.of("name", c.storageSecretName(), "creationPolicy", "Owner"));
        spec.put("data", List.of(
                entry("azurestorageaccountname", GuideNames.KV_ACCOUNT_NAME_SECRET),
                entry("azurestorageaccountkey", GuideNames.KV_ACCOUNT_KEY_SECRET)));
        return List.of(new GenericKubernetesResourceBuilder().withApiVersion(ctx.esoApiVersion())
                .withKind("ExternalSecret")
                .withNewMetadata().withName(GuideNames.EXTERNAL_SECRET).withNamespace(c.namespace())
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build());
    }

    /** Adds the two vault secrets: kept by default, deleted with {@code --purge}. */
    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        List<Change> out = new ArrayList<>(super.planDestroy(ctx, purge));
        if (!vaultSecrets) {
            return out;
        }
        String vault = ctx.config().keyVaultUrl().orElseThrow();
        for (String name : List.of(GuideNames.KV_ACCOUNT_NAME_SECRET, GuideNames.KV_ACCOUNT_KEY_SECRET)) {
            String target = "azure vaultSecret " + ctx.config().keyVaultName() + "/" + name;
            if (!purge) {
                out.add(Change.of(target, Action.KEEP));
            } else {
                out.add(Change.of(target, ctx.azure().secretExists(vault, name) ? Action.DELETE : Action.UNCHANGED));
            }
        }
        return out;
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        super.destroy(ctx, purge);
        if (purge && vaultSecrets) {
            String vault = ctx.config().keyVaultUrl().orElseThrow();
            for (String name : List.of(GuideNames.KV_ACCOUNT_NAME_SECRET, GuideNames.KV_ACCOUNT_KEY_SECRET)) {
                if (ctx.azure().secretExists(vault, name)) {
                    ctx.azure().deleteSecret(vault, name);
                }
            }
        }
    }

    private static Map<String, Object> entry(String secretKey, String remoteKey) {
        return Map.of("secretKey", secretKey, "remoteRef", Map.of("key", remoteKey));
    }

    @Override
    protected void write(DeployContext ctx, HasMetadata obj) {
        EsoWebhookGate.apply(ctx, obj);
    }
}
