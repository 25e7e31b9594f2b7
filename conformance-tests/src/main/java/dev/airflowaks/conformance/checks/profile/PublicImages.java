package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.targets.Capability;

import java.util.Set;

/**
 * The local profile's rule: every image is one of the guide's images, pulled from its public registry with the
 * guide's tag instead of from ACR. Reported substituted for ACR images (the ACR import and AcrPull are not proven).
 *
 * <p>The table is the check's own, written from the infrastructure guide's image imports (Airflow 2.9.3, its
 * pgbouncer and exporter tags, statsd-exporter v0.26.1, git-sync v4.1.0) and the world fact that Bitnami's versioned
 * PostgreSQL tags moved to {@code docker.io/bitnamilegacy}. It is deliberately not the deployer's list, so a
 * deployer that picks another image fails here.
 */
final class PublicImages implements ImageSource {

    /** The guide's images at their public source. */
    static final Set<String> ALLOWED = Set.of(
            "docker.io/apache/airflow:2.9.3",
            "docker.io/apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0",
            "docker.io/apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0",
            "quay.io/prometheus/statsd-exporter:v0.26.1",
            "registry.k8s.io/git-sync/git-sync:v4.1.0",
            "docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15");

    @Override
    public Rule rule(CheckContext c) {
        c.substitutedFor(Capability.ACR_IMAGES);
        return new Rule("the local profile's public images", ALLOWED::contains);
    }
}
