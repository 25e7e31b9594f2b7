package dev.airflowaks.deployer.infra;

import dev.airflowaks.guide.images.ImageImport;
import java.util.List;

/**
 * Which images the registry must hold for the deploy. One small seam so that the image catalogue that owns the
 * list (the registries work on issue 11) can replace {@link ArticleImages} without touching the import step.
 */
public interface ImageImports {

    List<ImageImport> imports();
}
