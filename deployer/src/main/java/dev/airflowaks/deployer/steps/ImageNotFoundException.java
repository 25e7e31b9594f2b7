package dev.airflowaks.deployer.steps;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input found before anything changes: the release would pull an image that exists nowhere the deployer can
 * look (the ACR, the public catalogue) and no deviation supplies it. The CLI exits with "bad input" (3); the message
 * names each image, where it looked and the fix.
 */
public final class ImageNotFoundException extends RuntimeException {

    private final List<ImageCheck> missing;

    public ImageNotFoundException(List<ImageCheck> missing) {
        super(missing.size() + " image(s) the Airflow release pulls cannot be found, nothing was changed:"
                + missing.stream().map(m -> "\n  - " + m.describe()).collect(Collectors.joining()));
        this.missing = List.copyOf(missing);
    }

    public List<ImageCheck> missing() {
        return missing;
    }
}
