package dev.airflowaks.guide.world;

import java.time.LocalDate;

/**
 * Whether a public image reference can be pulled today, with the date and source of that fact. The twin's
 * registries answer pulls and {@code importImage} calls from these rows; a row marked gone is what the published
 * guide still names but the registry no longer serves.
 *
 * @param ref    the fully qualified reference, for example {@code docker.io/bitnami/postgresql:16.1.0-debian-11-r15}
 * @param exists whether the registry serves it today
 * @param since  since when that is so
 * @param source where that is documented
 * @param note   what happened to it, in one sentence; empty for images that simply exist
 */
public record RegistryImage(String ref, boolean exists, LocalDate since, String source, String note) {
}
