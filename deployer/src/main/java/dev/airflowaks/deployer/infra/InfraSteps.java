package dev.airflowaks.deployer.infra;

import java.util.List;

/** The infrastructure article's steps in the article's order (the order of {@code GuideStepId}). */
public final class InfraSteps {

    private InfraSteps() {
    }

    public static List<InfraStep> all(ImageImports images) {
        return List.of(new ResourceGroupStep(), new IdentityStep(), new KeyVaultStep(new CallerIdentity()),
                new ContainerRegistryStep(), new StorageAccountStep(), new StorageSecretsStep(), new AksClusterStep(),
                new ClusterCredentialsStep(), new ImportImagesStep(images));
    }
}
