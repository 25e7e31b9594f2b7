package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.guide.world.RegistryImage;
import dev.airflowaks.guide.world.WorldFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The local profile's image allow-list is the check's own table: the deployer's local images must all be in it, and
 * every image in it must exist in its registry according to the world facts.
 */
class PublicImagesTest {

    @Test
    void theDeployersLocalImagesAreAllInTheChecksTable() {
        assertEquals(List.of(), outside(LocalImages.all()),
                "the deployer's local profile uses images outside PublicImages.ALLOWED");
    }

    /** Seeded fault: the Bitnami tag that no longer exists (moved to bitnamilegacy) is not allowed. */
    @Test
    void anImageOutsideTheTableIsNamed() {
        assertEquals(List.of("docker.io/bitnami/postgresql:16.1.0-debian-11-r15"), outside(List.of(
                "docker.io/apache/airflow:2.9.3", "docker.io/bitnami/postgresql:16.1.0-debian-11-r15")));
    }

    @Test
    void everyAllowedImageExistsPerTheWorldFacts() {
        WorldFacts facts = WorldFacts.load();
        for (String ref : new TreeSet<>(PublicImages.ALLOWED)) {
            assertFalse(facts.image(ref).map(RegistryImage::exists).map(e -> !e).orElse(true),
                    ref + ": world-facts.yaml must list it as existing");
        }
    }

    private static List<String> outside(List<String> images) {
        return images.stream().filter(i -> !PublicImages.ALLOWED.contains(i)).toList();
    }
}
