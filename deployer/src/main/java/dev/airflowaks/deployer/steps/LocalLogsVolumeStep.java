package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.profile.LocalObjects;
import dev.airflowaks.deployer.profile.LocalProfileNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 8 of the local profile: the logs PV on a hostPath of the node ({@code local-path}, no CSI driver) and its
 * pre-bound claim, under the guide's names. Like the guide's blob PV it is {@code Retain} and destroy keeps it unless
 * {@code --purge}; the files under the hostPath stay on the node either way.
 */
public final class LocalLogsVolumeStep extends ObjectsStep {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.LOGS_VOLUME;
    }

    @Override
    public String title() {
        return "Logs PV and PVC (local: hostPath)";
    }

    @Override
    protected List<HasMetadata> desired(DeployContext ctx) {
        LocalObjects objects = new LocalObjects(ctx.config());
        return List.of(objects.logsVolume(), objects.logsClaim());
    }

    @Override
    protected boolean keptUnlessPurge(HasMetadata object) {
        return object instanceof PersistentVolume;
    }

    /** Adds the node directory, which no API call can remove. */
    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        List<Change> out = new ArrayList<>(super.planDestroy(ctx, purge));
        out.add(new Change("hostPath " + LocalProfileNames.LOGS_HOST_PATH + " on the node", Action.KEEP,
                List.of("the logs stay on the node; remove the directory by hand if you want them gone")));
        return out;
    }
}
