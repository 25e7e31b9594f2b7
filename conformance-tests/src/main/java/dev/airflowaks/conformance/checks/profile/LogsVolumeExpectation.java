package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.Verification;
import dev.airflowaks.conformance.context.CheckContext;
import io.fabric8.kubernetes.api.model.PersistentVolume;

/** What the existing logs PV {@code pv-airflow-logs} must look like; the check has already verified it exists. */
public interface LogsVolumeExpectation {

    /** The guide's blob CSI volume, or the local profile's hostPath volume. */
    static LogsVolumeExpectation of(CheckContext c) {
        return c.run().profile().pick(new BlobCsiVolume(), new HostPathVolume());
    }

    /** Adds this profile's comparisons of {@code pv} to {@code v} (the caller calls {@code done()}). */
    void compare(CheckContext c, PersistentVolume pv, Verification v);
}
