package dev.airflowaks.conformance.targeting;

import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.launch.ClusterLauncher.StartedCluster;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The running embedded twin as a {@link Target}. It simulates Azure, workload identity, the blob CSI driver and the
 * ACR, but its webserver is a stand-in: {@link Capability#REAL_AIRFLOW} is absent, so the UI check is reported as
 * substituted.
 */
final class TwinTarget implements Target {

    private final StartedCluster twin;
    private final Map<String, String> environment;
    private final TempWorkDir workDir;

    TwinTarget(StartedCluster twin, Map<String, String> environment, TempWorkDir workDir) {
        this.twin = twin;
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
    }

    @Override
    public String name() {
        return "twin";
    }

    @Override
    public Path kubeconfig() {
        return twin.kubeconfig();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.AZURE, Capability.BLOB_CSI, Capability.ACR_IMAGES, Capability.WORKLOAD_IDENTITY);
    }

    @Override
    public void close() {
        try {
            twin.close();
        } finally {
            workDir.close();
        }
    }
}
