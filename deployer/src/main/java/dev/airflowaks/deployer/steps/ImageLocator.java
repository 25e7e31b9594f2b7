package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.deviations.GuideDeviations;
import dev.airflowaks.deployer.deviations.ImageDeviation;
import dev.airflowaks.deployer.deviations.ImageNames;
import dev.airflowaks.deployer.registry.PublicRegistry;
import dev.airflowaks.deployer.registry.RegistryAnswer;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.images.AcrImports;
import dev.airflowaks.guide.world.RegistryImage;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.Optional;

/**
 * Decides where one image comes from: the guide's ACR (asked through its data plane), a deviation's import into it,
 * or a public registry, asked as a runtime asks it ({@link PublicRegistry}: the real registry, or the twin's, which
 * answers from the same catalogue its kubelet pulls from). When a registry cannot be reached (an offline machine),
 * the dated catalogue of {@code world-facts.yaml} answers instead, and the message says so. Read-only.
 */
final class ImageLocator {

    private final AzureGateway azure;
    private final String resourceGroup;
    private final String acrName;
    private final String acrLoginServer;
    private final WorldFacts facts;
    private final GuideDeviations deviations;
    private final PublicRegistry registry;

    ImageLocator(AzureGateway azure, String resourceGroup, String acrName, String acrLoginServer, WorldFacts facts,
                 GuideDeviations deviations, PublicRegistry registry) {
        this.azure = azure;
        this.resourceGroup = resourceGroup;
        this.acrName = acrName;
        this.acrLoginServer = acrLoginServer;
        this.facts = facts;
        this.deviations = deviations;
        this.registry = registry;
    }

    ImageCheck check(String image) {
        if (image.startsWith(acrLoginServer + "/")) {
            return inAcr(image);
        }
        String ref = ImageNames.normalise(image);
        Optional<RegistryImage> row = facts.image(ref);
        RegistryAnswer answer = registry.ask(ref);
        String gone;
        if (answer instanceof RegistryAnswer.Serves) {
            String stale = row.filter(r -> !r.exists()).map(r -> "; world-facts.yaml still marks it gone since "
                    + r.since() + ": update that row").orElse("");
            return ImageCheck.of(image, ImageCheck.Verdict.FOUND, "public, the registry serves it ("
                    + answer.request() + ": 200)" + stale);
        }
        if (answer instanceof RegistryAnswer.NotFound) {
            gone = "public registry answers not found (" + answer.request() + ": 404"
                    + row.map(r -> "; " + r.note() + " Source: " + r.source()).orElse("") + ")";
        } else {
            String unreachable = "registry not reachable (" + answer.request() + ": "
                    + ((RegistryAnswer.Unreachable) answer).reason() + ")";
            if (row.isEmpty()) {
                return ImageCheck.of(image, ImageCheck.Verdict.UNVERIFIED, "public; " + unreachable
                        + " and not in world-facts.yaml's catalogue: not verified");
            }
            if (row.get().exists()) {
                return ImageCheck.of(image, ImageCheck.Verdict.FOUND, "public; " + unreachable
                        + "; world-facts.yaml: exists (since " + row.get().since() + ")");
            }
            gone = "public; " + unreachable + "; world-facts.yaml: not found since " + row.get().since() + " ("
                    + row.get().note() + " Source: " + row.get().source() + ")";
        }
        if (deviations.isVerbatim()) {
            return ImageCheck.of(image, ImageCheck.Verdict.GONE_VERBATIM, gone + "; deployed anyway (--verbatim)");
        }
        String fix = deviations.replacing(ref).map(d -> "remove the override that names it: airflow-aks sets "
                + d.text("valuesKey") + " to the ACR copy of " + d.text("source")).orElse(
                "import a copy into " + acrName + " (az acr import, as in " + GuideStepId.IMPORT_IMAGES.reference()
                        + ") and point the chart value at it in AIRFLOW_AKS_VALUES");
        return new ImageCheck(image, ImageCheck.Verdict.MISSING, gone, fix, Optional.empty());
    }

    private ImageCheck inAcr(String image) {
        String rest = image.substring(acrLoginServer.length() + 1);
        int colon = rest.lastIndexOf(':');
        String repository = colon < 0 ? rest : rest.substring(0, colon);
        String tag = colon < 0 ? "latest" : rest.substring(colon + 1);
        if (azure.acrImageExists(acrLoginServer, repository, tag)) {
            return ImageCheck.of(image, ImageCheck.Verdict.FOUND, "in ACR " + acrName);
        }
        Optional<ImageDeviation> importing = deviations.active().stream().filter(ImageDeviation::isImage)
                .map(ImageDeviation::of).filter(d -> d.targetRef(acrLoginServer).equals(image)).findFirst();
        String where = "not in ACR " + acrName + " (HEAD /v2/" + repository + "/manifests/" + tag + ": 404)";
        if (importing.isPresent()) {
            String source = importing.get().source();
            boolean sourceExists = publiclyServed(source);
            if (sourceExists) {
                return new ImageCheck(image, ImageCheck.Verdict.IMPORT, where + "; importing " + source, "",
                        importing);
            }
            return new ImageCheck(image, ImageCheck.Verdict.MISSING, where + " and its source " + source
                    + " is gone too", "find where " + source + " moved and update world-facts.yaml", Optional.empty());
        }
        String command = AcrImports.GUIDE.stream().filter(i -> i.target().equals(repository + ":" + tag)).findFirst()
                .map(i -> i.command(acrName)).orElse("az acr import --name " + acrName + " --source <public image> "
                        + "--image " + repository + ":" + tag);
        return new ImageCheck(image, ImageCheck.Verdict.MISSING, where, "import it as "
                + GuideStepId.IMPORT_IMAGES.reference() + " does: " + command, Optional.empty());
    }

    /** The registry's answer for an import source; the catalogue's when the registry cannot be asked. */
    private boolean publiclyServed(String source) {
        String ref = ImageNames.normalise(source);
        RegistryAnswer answer = registry.ask(ref);
        if (answer instanceof RegistryAnswer.Unreachable) {
            return facts.image(ref).map(RegistryImage::exists).orElse(false);
        }
        return answer instanceof RegistryAnswer.Serves;
    }

    void importImage(ImageDeviation d) {
        azure.importImage(resourceGroup, acrName, d.sourceRegistry(), d.sourceImage(), d.target());
    }
}
