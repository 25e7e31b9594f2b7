package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.values.AirflowValues;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 8: the static blob PV and its claim, where Airflow writes its logs. The PV is {@code Retain}: destroy keeps
 * it (and the blobs) unless {@code --purge}, as the guide intends.
 */
public final class LogsVolumeStep extends ObjectsStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.LOGS_VOLUME;
    }

    @Override
    public String title() {
        return "Logs PV and PVC (blob CSI)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        var c = ctx.config();
        PersistentVolume pv = new PersistentVolumeBuilder().withNewMetadata().withName(GuideNames.PV)
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata()
                .withNewSpec()
                .addToCapacity("storage", new Quantity("5Gi"))
                .withAccessModes("ReadWriteMany")
                .withPersistentVolumeReclaimPolicy("Retain")
                .withStorageClassName(AirflowValues.STORAGE_CLASS)
                .withMountOptions("-o allow_other", "--file-cache-timeout-in-seconds=120")
                .withNewCsi()
                .withDriver(GuideNames.BLOB_DRIVER)
                .withReadOnly(false)
                .withVolumeHandle(GuideNames.VOLUME_HANDLE)
                .addToVolumeAttributes("resourceGroup", c.resourceGroup())
                .addToVolumeAttributes("storageAccount", c.storageAccountName())
                .addToVolumeAttributes("containerName", c.storageContainerName())
                .withNewNodeStageSecretRef(c.storageSecretName(), c.namespace())
                .endCsi()
                .endSpec().build();
        HasMetadata pvc = new PersistentVolumeClaimBuilder().withNewMetadata().withName(GuideNames.PVC)
                .withNamespace(c.namespace()).addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY)
                .endMetadata().withNewSpec()
                .withStorageClassName(AirflowValues.STORAGE_CLASS)
                .withAccessModes("ReadWriteMany")
                .withNewResources().addToRequests("storage", new Quantity("5Gi")).endResources()
                .withVolumeName(GuideNames.PV)
                .endSpec().build();
        return List.of(pv, pvc);
    }

    @Override
    protected boolean keptUnlessPurge(HasMetadata object) {
        return object instanceof PersistentVolume;
    }

    /** Adds the blob container: kept by default, deleted with {@code --purge}. */
    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        List<Change> out = new ArrayList<>(super.planDestroy(ctx, purge));
        var c = ctx.config();
        String target = "azure blobContainer " + c.storageAccountName() + "/" + c.storageContainerName();
        if (!purge) {
            out.add(Change.of(target, Action.KEEP));
        } else {
            boolean exists = ctx.azure().blobContainerExists(c.resourceGroup(), c.storageAccountName(),
                    c.storageContainerName());
            out.add(Change.of(target, exists ? Action.DELETE : Action.UNCHANGED));
        }
        return out;
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        super.destroy(ctx, purge);
        var c = ctx.config();
        if (purge && ctx.azure().blobContainerExists(c.resourceGroup(), c.storageAccountName(),
                c.storageContainerName())) {
            ctx.azure().deleteBlobContainer(c.resourceGroup(), c.storageAccountName(), c.storageContainerName());
        }
    }
}
