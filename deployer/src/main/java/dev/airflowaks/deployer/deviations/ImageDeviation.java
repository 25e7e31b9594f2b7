package dev.airflowaks.deployer.deviations;

import dev.airflowaks.guide.world.Deviation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deviation that imports an image the guide's chart pulls from a moved location into the guide's ACR, and points
 * a chart value at the copy ({@code postgresql.image}: the bitnami chart's {@code registry}/{@code repository}/
 * {@code tag}). Reads its values from the deviation's row.
 *
 * @param source    where the image exists today, e.g. {@code docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15}
 * @param target    the {@code repository:tag} in the ACR
 * @param valuesKey the dotted chart value that names the image
 */
public record ImageDeviation(Deviation deviation, String source, String target, String valuesKey) {

    public static boolean isImage(Deviation d) {
        return d.values().containsKey("source") && d.values().containsKey("target")
                && d.values().containsKey("valuesKey");
    }

    public static ImageDeviation of(Deviation d) {
        return new ImageDeviation(d, d.text("source"), d.text("target"), d.text("valuesKey"));
    }

    /** The source's registry host: {@code docker.io}. */
    public String sourceRegistry() {
        return source.substring(0, source.indexOf('/'));
    }

    /** The source without its registry host: {@code bitnamilegacy/postgresql:16.1.0-debian-11-r15}. */
    public String sourceImage() {
        return source.substring(source.indexOf('/') + 1);
    }

    public String targetRepository() {
        return target.substring(0, target.lastIndexOf(':'));
    }

    public String targetTag() {
        return target.substring(target.lastIndexOf(':') + 1);
    }

    /** The ACR copy's full reference. */
    public String targetRef(String acrLoginServer) {
        return acrLoginServer + "/" + target;
    }

    /** The chart values that point at the ACR copy, nested under {@link #valuesKey}. */
    public Map<String, Object> values(String acrLoginServer) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("registry", acrLoginServer);
        image.put("repository", targetRepository());
        image.put("tag", targetTag());
        Map<String, Object> out = image;
        String[] keys = valuesKey.split("\\.");
        for (int i = keys.length - 1; i >= 0; i--) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put(keys[i], out);
            out = outer;
        }
        return out;
    }
}
