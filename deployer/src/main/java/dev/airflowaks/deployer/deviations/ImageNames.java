package dev.airflowaks.deployer.deviations;

/**
 * Docker's normalisation of an image reference, so that the catalogue rows of {@code world-facts.yaml} (written
 * fully qualified) match what a chart or a pod names: default registry {@code docker.io}, default repository prefix
 * {@code library/}, default tag {@code latest}.
 */
public final class ImageNames {

    private ImageNames() {
    }

    public static String normalise(String image) {
        String first = image.contains("/") ? image.substring(0, image.indexOf('/')) : "";
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        String ref = hasRegistry ? image : "docker.io/" + (image.contains("/") ? image : "library/" + image);
        String last = ref.substring(ref.lastIndexOf('/') + 1);
        return last.contains(":") || last.contains("@") ? ref : ref + ":latest";
    }
}
