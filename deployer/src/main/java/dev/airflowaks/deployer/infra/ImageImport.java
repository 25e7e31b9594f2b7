package dev.airflowaks.deployer.infra;

/**
 * One {@code az acr import --source REGISTRY/IMAGE --image TARGET}: {@code registry} is the source registry host
 * ({@code docker.io}), {@code image} its repository and tag, {@code target} the {@code repository:tag} in the ACR.
 */
public record ImageImport(String registry, String image, String target) {

    @Override
    public String toString() {
        return registry + "/" + image + " -> " + target;
    }
}
