package dev.airflowaks.guide.images;

/**
 * One {@code az acr import --source REGISTRY/IMAGE --image TARGET}: {@code registry} is the source registry host
 * ({@code docker.io}), {@code image} its repository and tag, {@code target} the {@code repository:tag} in the ACR.
 */
public record ImageImport(String registry, String image, String target) {

    /** The repository of the copy in the ACR ({@code airflow} of {@code airflow:2.9.3}). */
    public String targetRepository() {
        return target.substring(0, target.lastIndexOf(':'));
    }

    /** The tag of the copy in the ACR ({@code 2.9.3} of {@code airflow:2.9.3}). */
    public String targetTag() {
        return target.substring(target.lastIndexOf(':') + 1);
    }

    /** The article's command for this image into the registry {@code acrName}. */
    public String command(String acrName) {
        return "az acr import --name " + acrName + " --source " + registry + "/" + image + " --image " + target;
    }

    @Override
    public String toString() {
        return registry + "/" + image + " -> " + target;
    }
}
