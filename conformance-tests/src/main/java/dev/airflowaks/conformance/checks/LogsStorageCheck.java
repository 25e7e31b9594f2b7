package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.checks.profile.LogsVolumeExpectation;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.AirflowComponent;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.DisplayName;

import java.util.Optional;

/**
 * Check 7: the logs volume is the guide's static blob-CSI PV, bound through {@code pvc-airflow-logs}, and mounted by
 * the scheduler, triggerer and webserver at {@code /opt/airflow/logs}. On the local profile the PV is a hostPath
 * stand-in, reported substituted ({@link LogsVolumeExpectation}).
 */
@DisplayName("Logs storage")
@VerifiesStep(GuideStepId.LOGS_VOLUME)
public class LogsStorageCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("the PV spec matches the guide (driver, attributes, nodeStageSecretRef, Retain, RWX, class, mount options)")
    public void persistentVolumeMatchesGuide(CheckContext c) {
        PersistentVolume pv = c.run().client().persistentVolumes().withName(Expectations.PV_NAME).get();
        LogsVolumeExpectation expectation = LogsVolumeExpectation.of(c);
        Verification v = c.verify(GuideStepId.LOGS_VOLUME, "PV " + Expectations.PV_NAME, c.run().links().pv())
                .that("exists", "present", pv != null, pv == null ? "missing" : "present").checkpoint();
        expectation.compare(c, pv, v);
        v.done();
    }

    @ConformanceCheck
    @DisplayName("the PV is Bound and the PVC is Bound to pv-airflow-logs")
    public void volumeAndClaimBound(CheckContext c) {
        String ns = c.run().expectations().namespace();
        PersistentVolume pv = c.run().client().persistentVolumes().withName(Expectations.PV_NAME).get();
        PersistentVolumeClaim pvc = c.run().client().persistentVolumeClaims().inNamespace(ns)
                .withName(Expectations.PVC_NAME).get();
        c.verify(GuideStepId.LOGS_VOLUME, "PVC " + Expectations.PVC_NAME, c.run().links().pvc())
                .about(ObjectRef.cluster("PersistentVolume", Expectations.PV_NAME))
                .equal("PV phase", "Bound", pv == null ? "missing" : pv.getStatus() == null ? "no status"
                        : pv.getStatus().getPhase())
                .equal("PVC phase", "Bound", pvc == null ? "missing" : pvc.getStatus() == null ? "no status"
                        : pvc.getStatus().getPhase())
                .equal("PVC volumeName", Expectations.PV_NAME, pvc == null ? "missing" : pvc.getSpec().getVolumeName())
                .equal("PVC storageClassName", c.run().profile().pick(Expectations.STORAGE_CLASS,
                        Expectations.LOCAL_STORAGE_CLASS), pvc == null ? "missing"
                        : String.valueOf(pvc.getSpec().getStorageClassName()))
                .done();
    }

    @ConformanceCheck
    @DisplayName("the scheduler, triggerer and webserver mount it at /opt/airflow/logs")
    public void componentsMountLogs(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Verification v = c.verify(GuideStepId.HELM_VALUES, "logs mounts", null);
        for (AirflowComponent component : AirflowComponent.values()) {
            if (!component.mountsLogs()) {
                continue;
            }
            Optional<PodSpec> spec = podSpec(c, ns, component);
            v.about(ObjectRef.of(component.workloadKind(), ns, component.workloadName()));
            v.equal(component.workloadName() + " mounts " + Expectations.LOGS_MOUNT_PATH, "claim "
                    + Expectations.PVC_NAME, spec.map(LogsStorageCheck::claimAtLogsPath)
                    .orElse(component.workloadKind() + " missing"));
        }
        v.done();
    }

    private static Optional<PodSpec> podSpec(CheckContext c, String ns, AirflowComponent component) {
        if ("StatefulSet".equals(component.workloadKind())) {
            StatefulSet s = c.run().client().apps().statefulSets().inNamespace(ns).withName(component.workloadName())
                    .get();
            return Optional.ofNullable(s).map(x -> x.getSpec().getTemplate().getSpec());
        }
        Deployment d = c.run().client().apps().deployments().inNamespace(ns).withName(component.workloadName()).get();
        return Optional.ofNullable(d).map(x -> x.getSpec().getTemplate().getSpec());
    }

    /** The claim mounted at the logs path by the main container, or what is there instead. */
    static String claimAtLogsPath(PodSpec spec) {
        for (var container : spec.getContainers()) {
            if (container.getVolumeMounts() == null) {
                continue;
            }
            for (var mount : container.getVolumeMounts()) {
                if (Expectations.LOGS_MOUNT_PATH.equals(mount.getMountPath())) {
                    Optional<Volume> vol = spec.getVolumes() == null ? Optional.empty() : spec.getVolumes().stream()
                            .filter(x -> x.getName().equals(mount.getName())).findFirst();
                    return vol.map(x -> x.getPersistentVolumeClaim() == null ? "non-PVC volume " + x.getName()
                            : "claim " + x.getPersistentVolumeClaim().getClaimName()).orElse("undefined volume");
                }
            }
        }
        return "nothing mounted at " + Expectations.LOGS_MOUNT_PATH;
    }
}
