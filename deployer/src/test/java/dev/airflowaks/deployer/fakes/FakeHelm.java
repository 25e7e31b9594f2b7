package dev.airflowaks.deployer.fakes;

import dev.airflowaks.deployer.helm.HelmReleases;
import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.deployer.helm.Repair;
import dev.airflowaks.deployer.helm.RepairPolicy;
import dev.airflowaks.deployer.helm.ReleaseState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** In-memory Helm releases for step unit tests; counts installs and upgrades. */
public final class FakeHelm implements HelmReleases {

    public final Map<String, ReleaseState> releases = new HashMap<>();
    public final Map<String, Map<String, Object>> values = new HashMap<>();
    public int writes;
    /** What {@link #template} renders (the release's non-hook manifest); empty by default. */
    public String manifest = "";

    @Override
    public Optional<ReleaseState> status(String release, String namespace) {
        return Optional.ofNullable(releases.get(release));
    }

    @Override
    public Map<String, Object> values(String release, String namespace) {
        return values.getOrDefault(release, Map.of());
    }

    @Override
    public ReleaseState installOrUpgrade(ReleaseSpec spec) {
        writes++;
        ReleaseState prev = releases.get(spec.release());
        int rev = prev == null ? 1 : Integer.parseInt(prev.revision()) + 1;
        ReleaseState s = new ReleaseState(spec.release(), spec.namespace(), "deployed", spec.chartLabel(),
                String.valueOf(rev));
        releases.put(spec.release(), s);
        values.put(spec.release(), spec.values());
        return s;
    }

    /** Releases put here have no history: a broken one never deployed, and its pending operation is long over. */
    @Override
    public Repair repair(ReleaseSpec spec) {
        ReleaseState r = releases.get(spec.release());
        int rev = Integer.parseInt(r.revision());
        return RepairPolicy.decide(spec.release(), spec.namespace(), r.status(), rev, Instant.EPOCH,
                rev > 1 ? OptionalInt.of(rev - 1) : OptionalInt.empty(), spec.timeout(), Instant.now());
    }

    @Override
    public void uninstall(String release, String namespace) {
        writes++;
        releases.remove(release);
        values.remove(release);
    }

    /** Renders {@link #manifest} (empty by default: a release with no objects). */
    @Override
    public Optional<String> template(ReleaseSpec spec) {
        return Optional.of(manifest);
    }

    /** Puts a release in a given state, e.g. "failed". */
    public void put(String release, String namespace, String status, String chart, Map<String, Object> vals) {
        releases.put(release, new ReleaseState(release, namespace, status, chart, "1"));
        values.put(release, vals);
    }
}
