package dev.airflowaks.deployer.infra;

import dev.airflowaks.guide.images.AcrImports;
import dev.airflowaks.guide.images.ImageImport;
import java.util.List;

/**
 * The infrastructure article's {@code az acr import} commands, as the guide module records them
 * ({@link AcrImports#GUIDE}): the same list the twin seeds and the conformance suite judges the registry against.
 */
public final class ArticleImages implements ImageImports {

    @Override
    public List<ImageImport> imports() {
        return AcrImports.GUIDE;
    }
}
