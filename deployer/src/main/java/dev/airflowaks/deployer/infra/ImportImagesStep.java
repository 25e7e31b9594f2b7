package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.containerregistry.models.ImportImageParameters;
import com.azure.resourcemanager.containerregistry.models.ImportMode;
import com.azure.resourcemanager.containerregistry.models.ImportSource;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.images.ImageImport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az acr import} of every image the deploy needs ({@link ImageImports}). ARM alone cannot list a registry's
 * tags (that is the registry's data plane), so after a complete import the registry is tagged with a digest of
 * the import list ({@value #IMPORTED_TAG}); the plan is {@code unchanged} while that digest matches, and a changed
 * list imports again. Imports use {@code mode: Force}, so a repeated import is harmless.
 */
public final class ImportImagesStep implements InfraStep {

    static final String IMPORTED_TAG = "airflow-aks-images";

    private final ImageImports images;

    public ImportImagesStep(ImageImports images) {
        this.images = images;
    }

    @Override
    public GuideStepId id() {
        return GuideStepId.IMPORT_IMAGES;
    }

    private Optional<RegistryInner> registry(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().containerRegistry().serviceClient().getRegistries()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().acrRegistry()));
    }

    String digest() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(images.imports().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean done(Optional<RegistryInner> r) {
        return r.map(RegistryInner::tags).map(t -> digest().equals(t.get(IMPORTED_TAG))).orElse(false);
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        Action a = done(registry(ctx)) ? Action.UNCHANGED : Action.CREATE;
        return new StepPlan(id().name(), id().title(), images.imports().stream()
                .map(i -> Change.of("azure acrImport " + ctx.config().acrRegistry() + " " + i, a)).toList());
    }

    @Override
    public String apply(InfraContext ctx) {
        RegistryInner acr = registry(ctx).orElseThrow(() -> new IllegalStateException("registry "
                + ctx.config().acrRegistry() + " does not exist; step " + GuideStepId.CONTAINER_REGISTRY + " creates it"));
        if (done(Optional.of(acr))) {
            return "unchanged";
        }
        var registries = ctx.azure().containerRegistry().serviceClient().getRegistries();
        for (ImageImport i : images.imports()) {
            LongRunning.await(registries.beginImportImage(ctx.resourceGroup(), ctx.config().acrRegistry(),
                            new ImportImageParameters().withSource(new ImportSource().withRegistryUri(i.registry())
                                    .withSourceImage(i.image())).withTargetTags(List.of(i.target()))
                                    .withMode(ImportMode.FORCE)),
                    "import " + i, "imageImport", ctx.budgets().imageImport(), ctx.budgets().pollInterval(), ctx.progress());
        }
        Map<String, String> tags = new LinkedHashMap<>(acr.tags() == null ? Map.of() : acr.tags());
        tags.put(IMPORTED_TAG, digest());
        LongRunning.await(registries.beginCreate(ctx.resourceGroup(), ctx.config().acrRegistry(),
                        new RegistryInner().withLocation(acr.location()).withSku(acr.sku()).withTags(tags)
                                .withAdminUserEnabled(false)),
                "tag registry " + ctx.config().acrRegistry(), "resource", ctx.budgets().resource(), ctx.budgets().pollInterval(), ctx.progress());
        return images.imports().size() + " image(s) imported";
    }
}
