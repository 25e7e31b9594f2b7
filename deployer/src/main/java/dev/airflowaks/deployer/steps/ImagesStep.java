package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.azure.ExtraTrust;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.deviations.GuideDeviations;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.registry.PublicRegistry;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The images step, before the Airflow release: every image the rendered release pulls must exist, or apply stops
 * before anything changes ({@link ImageNotFoundException}, bad input). Images the world moved away from the
 * published guide are imported into the guide's ACR as the infrastructure article imports the others
 * ({@link GuideStepId#IMPORT_IMAGES}), and the values point at the copy ({@link GuideDeviations}); with
 * {@code --verbatim} a gone image is only reported. Reusable by any release: the caller gives the release spec.
 * <p>
 * The infrastructure article imports its images before the deploy article begins, so {@code apply} starts this
 * step's imports right after its preflight ({@link #startImports}) and they run while steps 1 to 9 do; the step
 * itself then waits for them. An ACR import is a long-running ARM operation that answers {@code Retry-After}
 * (fact {@code acr.import-source-not-found}), which was the largest wait of a whole apply on the twin. The images
 * are checked once per run (one instance per run, {@link dev.airflowaks.deployer.GuideSteps}).
 */
public final class ImagesStep implements Step {

    private final WorldFacts facts;
    private final Function<DeployConfig, PublicRegistry> registries;
    private List<ImageCheck> checked;
    private final Map<ImageCheck, BackgroundImport> started = new LinkedHashMap<>();

    public ImagesStep() {
        this(WorldFacts.load());
    }

    public ImagesStep(WorldFacts facts) {
        this(facts, c -> PublicRegistry.forEndpoints(c.registryEndpoint(), c.caCert().map(ExtraTrust::sslContext),
                facts.fact("registry.distribution-api")));
    }

    /** With the public registries given: tests answer them without a network. */
    public ImagesStep(WorldFacts facts, Function<DeployConfig, PublicRegistry> registries) {
        this.facts = facts;
        this.registries = registries;
    }

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.IMPORT_IMAGES;
    }

    @Override
    public String title() {
        return "Images the Airflow release pulls (" + GuideStepId.IMPORT_IMAGES.reference() + ")";
    }

    /** Every image of the release, checked; throws {@link ImageNotFoundException} when any is found nowhere. */
    public List<ImageCheck> check(DeployContext ctx) {
        if (checked != null) {
            return checked;
        }
        ImageLocator locator = locator(ctx);
        List<ImageCheck> checks = images(ctx).stream().map(locator::check).toList();
        List<ImageCheck> missing = checks.stream().filter(c -> c.verdict() == ImageCheck.Verdict.MISSING).toList();
        if (!missing.isEmpty()) {
            throw new ImageNotFoundException(missing);
        }
        checked = checks;
        return checks;
    }

    /**
     * Checks every image (throwing before anything starts when one is found nowhere), then starts the imports the
     * images need, each on a thread of its own; {@link #apply} waits for them.
     */
    public void startImports(DeployContext ctx) {
        ImageLocator locator = locator(ctx);
        for (ImageCheck c : check(ctx)) {
            if (c.verdict() == ImageCheck.Verdict.IMPORT && !started.containsKey(c)) {
                ctx.progress().info("Importing " + c.deviation().orElseThrow().source() + " into " + c.image()
                        + " while the first steps run: " + c.deviation().get().deviation().reason());
                started.put(c, BackgroundImport.start(c.image(), () -> locator.importImage(c.deviation().get())));
            }
        }
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        List<Change> changes = new ArrayList<>();
        for (ImageCheck c : check(ctx)) {
            Action action = c.verdict() == ImageCheck.Verdict.IMPORT ? Action.CREATE : Action.UNCHANGED;
            String target = c.verdict() == ImageCheck.Verdict.IMPORT
                    ? "azure acr import " + c.deviation().orElseThrow().source() + " -> " + c.image()
                    : "image " + c.image();
            changes.add(new Change(target, action, List.of(c.where())));
        }
        return new StepPlan(id(), title(), changes);
    }

    @Override
    public String apply(DeployContext ctx) {
        List<ImageCheck> checks = check(ctx);
        startImports(ctx);
        int imported = 0;
        for (ImageCheck c : checks) {
            if (c.verdict() == ImageCheck.Verdict.IMPORT) {
                started.get(c).await();
                imported++;
            } else if (c.verdict() == ImageCheck.Verdict.GONE_VERBATIM) {
                ctx.progress().info("The published guide pulls " + c.describe());
            }
        }
        return imported == 0 ? "unchanged (checked " + checks.size() + " images)" : "imported " + imported
                + ", checked " + checks.size() + " images";
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        return List.of();
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        // ACR images stay, as the infrastructure article's imports do.
    }

    /** The rendered release's images plus the image its dropped hook Jobs run ({@code images.airflow}). */
    private List<String> images(DeployContext ctx) {
        var spec = new AirflowChartStep().spec(ctx);
        String manifest = ctx.helm().template(spec).orElseThrow(() -> new IllegalStateException("cannot list the images "
                + "of " + spec.chart().location() + ": helm-java 0.0.21 cannot render an OCI chart locally; pass "
                + "--airflow-chart DIR|TGZ"));
        return ReleaseImages.of(manifest, hookImages(spec.values()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> hookImages(Map<String, Object> values) {
        Object images = values.get("images");
        if (images instanceof Map<?, ?> m && m.get("airflow") instanceof Map<?, ?> airflow
                && airflow.get("repository") != null) {
            return List.of(airflow.get("repository") + ":" + airflow.get("tag"));
        }
        return List.of();
    }

    private ImageLocator locator(DeployContext ctx) {
        var c = ctx.config();
        return new ImageLocator(ctx.azure(), c.resourceGroup(), c.acrRegistry(), c.acrLoginServer(), facts,
                ctx.values().deviations(), registries.apply(c));
    }
}
