package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

/**
 * {@code az aks get-credentials --file FILE}: the user kubeconfig ({@code listClusterUserCredential}, never the admin
 * one), written owner-readable to {@code --kubeconfig FILE}. Unchanged when the file already holds the same bytes.
 */
public final class ClusterCredentialsStep implements InfraStep {

    @Override
    public GuideStepId id() {
        return GuideStepId.CLUSTER_CREDENTIALS;
    }

    private Path file(InfraContext ctx) {
        return ctx.kubeconfigOut().orElseGet(() -> ctx.config().kubeconfig());
    }

    private String target(InfraContext ctx) {
        return "kubeconfig " + file(ctx) + " (user credential of " + ctx.config().clusterName() + ")";
    }

    private byte[] fetch(InfraContext ctx) {
        return ctx.azure().containerService().serviceClient().getManagedClusters()
                .listClusterUserCredentials(ctx.resourceGroup(), ctx.config().clusterName()).kubeconfigs().get(0).value();
    }

    private boolean same(InfraContext ctx, byte[] wanted) {
        try {
            return Files.isRegularFile(file(ctx)) && Arrays.equals(Files.readAllBytes(file(ctx)), wanted);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        boolean clusterExists = Found.orEmpty(() -> ctx.azure().containerService().serviceClient().getManagedClusters()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().clusterName())).isPresent();
        Action a = !clusterExists ? Action.CREATE : same(ctx, fetch(ctx)) ? Action.UNCHANGED
                : Files.exists(file(ctx)) ? Action.UPDATE : Action.CREATE;
        return new StepPlan(id().name(), id().title(), List.of(Change.of(target(ctx), a)));
    }

    @Override
    public String apply(InfraContext ctx) {
        byte[] kubeconfig = fetch(ctx);
        if (same(ctx, kubeconfig)) {
            return "unchanged";
        }
        Path f = file(ctx).toAbsolutePath();
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".kubeconfig-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, kubeconfig);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kubeconfig " + f, e);
        }
        return "written to " + f;
    }
}
