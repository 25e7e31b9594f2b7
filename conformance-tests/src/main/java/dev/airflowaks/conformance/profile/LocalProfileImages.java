package dev.airflowaks.conformance.profile;

import dev.airflowaks.fixtures.targets.local.LocalImages;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The image references ({@code repo:tag}) the local profile deploys, which the suite accepts instead of ACR images
 * and the twin adds to its public-image allow-list. One place, so the suite and the twin read the same list as the
 * deployer's values.
 */
public final class LocalProfileImages {

    private LocalProfileImages() {
    }

    /** Every {@code repository:tag} of the local profile's Airflow values. */
    public static Set<String> all() {
        Map<String, String> v = LocalImages.helmValues();
        Set<String> out = new TreeSet<>();
        v.forEach((key, value) -> {
            if (key.startsWith("images.") && key.endsWith(".repository")) {
                String base = key.substring(0, key.length() - ".repository".length());
                out.add(value + ":" + v.get(base + ".tag"));
            }
        });
        out.add(v.get("postgresql.image.registry") + "/" + v.get("postgresql.image.repository") + ":"
                + v.get("postgresql.image.tag"));
        return out;
    }
}
