package dev.airflowaks.deployer.infra;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.guide.GuideStepId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az keyvault secret set} of the storage account's name and its first key ({@code listKeys}), which the
 * deploy article's ExternalSecret reads. A secret whose value differs (a rotated key) is an update; values are
 * compared in memory and never printed.
 */
public final class StorageSecretsStep implements InfraStep {

    @Override
    public GuideStepId id() {
        return GuideStepId.STORAGE_SECRETS;
    }

    private Map<String, String> wanted(InfraContext ctx) {
        String key = ctx.azure().storage().serviceClient().getStorageAccounts()
                .listKeys(ctx.resourceGroup(), ctx.config().storageAccountName()).keys().get(0).value();
        Map<String, String> out = new LinkedHashMap<>();
        out.put(GuideNames.KV_ACCOUNT_NAME_SECRET, ctx.config().storageAccountName());
        out.put(GuideNames.KV_ACCOUNT_KEY_SECRET, key);
        return out;
    }

    private Optional<SecretClient> client(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().keyVault().serviceClient().getVaults()
                        .getByResourceGroup(ctx.resourceGroup(), ctx.config().keyVaultName()))
                .map(v -> ctx.azure().secrets(v.properties().vaultUri()));
    }

    private List<Change> changes(InfraContext ctx, Optional<SecretClient> client, Map<String, String> wanted) {
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String target = "azure vaultSecret " + ctx.config().keyVaultName() + "/" + e.getKey();
            Optional<String> actual = client.flatMap(c -> value(c, e.getKey()));
            out.add(actual.isEmpty() ? Change.of(target, Action.CREATE)
                    : actual.get().equals(e.getValue()) ? Change.of(target, Action.UNCHANGED)
                    : new Change(target, Action.UPDATE, List.of("value: (differs, not shown) -> (current, not shown)")));
        }
        return out;
    }

    private static Optional<String> value(SecretClient client, String name) {
        try {
            KeyVaultSecret s = client.getSecret(name);
            return Optional.ofNullable(s.getValue());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        Optional<SecretClient> client = client(ctx);
        boolean accountExists = Found.orEmpty(() -> ctx.azure().storage().serviceClient().getStorageAccounts()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().storageAccountName())).isPresent();
        if (client.isEmpty() || !accountExists) {
            return new StepPlan(id().name(), id().title(), List.of(
                    Change.of("azure vaultSecret " + ctx.config().keyVaultName() + "/" + GuideNames.KV_ACCOUNT_NAME_SECRET, Action.CREATE),
                    Change.of("azure vaultSecret " + ctx.config().keyVaultName() + "/" + GuideNames.KV_ACCOUNT_KEY_SECRET, Action.CREATE)));
        }
        return new StepPlan(id().name(), id().title(), changes(ctx, client, wanted(ctx)));
    }

    @Override
    public String apply(InfraContext ctx) {
        SecretClient client = client(ctx).orElseThrow(() -> new IllegalStateException("vault "
                + ctx.config().keyVaultName() + " does not exist; step " + GuideStepId.KEY_VAULT + " creates it"));
        Map<String, String> wanted = wanted(ctx);
        List<Change> changes = changes(ctx, Optional.of(client), wanted);
        int written = 0;
        for (Change c : changes) {
            if (c.action().isChange()) {
                String name = c.target().substring(c.target().lastIndexOf('/') + 1);
                client.setSecret(name, wanted.get(name));
                written++;
            }
        }
        return written == 0 ? "unchanged" : written + " secret(s) set";
    }
}
