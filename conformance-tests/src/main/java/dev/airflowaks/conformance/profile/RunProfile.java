package dev.airflowaks.conformance.profile;

import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.k3s.K3sEnvironment;
import dev.airflowaks.targets.local.LocalProfile;
import dev.airflowaks.targets.local.Substitution;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which deployment the run judges: the guide's ({@code guide}) or the local profile's stand-ins ({@code local}, on
 * k3s or the twin without Azure). The suite reads it from the target's {@value #VARIABLE}, the same variable the
 * deployer reads, so the checks judge exactly what was deployed. On {@link #LOCAL} every capability the profile does
 * not offer is taken away from the target, so the Azure checks are "not applicable" even on the twin, and the
 * checks whose guide behaviour is replaced run against the stand-in and are reported "substituted".
 */
public enum RunProfile {
    GUIDE,
    LOCAL;

    /** {@code AIRFLOW_AKS_PROFILE}, shared with the deployer and the k3s target. */
    public static final String VARIABLE = K3sEnvironment.PROFILE_VARIABLE;

    private static final LocalProfile LOCAL_PROFILE = new LocalProfile();

    /** {@code guide} or {@code local}, as written in {@value #VARIABLE}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a profile name.
     *
     * @param source where the value came from ({@value #VARIABLE}, {@code -Dconformance.profile}), for the message
     * @throws IllegalArgumentException naming the source, the value and the two valid values
     */
    public static RunProfile parse(String value, String source) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (RunProfile p : values()) {
            if (p.id().equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException(source + "=" + value + " is not a profile; use guide or local");
    }

    /** The profile an environment declares, if it declares one. */
    public static Optional<RunProfile> declaredBy(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(VARIABLE)).filter(v -> !v.isBlank()).map(v -> parse(v, VARIABLE));
    }

    /** What the target can prove under this profile: on {@link #LOCAL}, nothing that needs Azure. */
    public Set<Capability> restrict(Set<Capability> target) {
        if (this == GUIDE) {
            return target;
        }
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        out.addAll(target);
        out.retainAll(LOCAL_PROFILE.capabilities());
        return out;
    }

    /** The declared stand-in for a capability on this profile; the guide profile substitutes nothing. */
    public Optional<Substitution> substitutionFor(Capability capability) {
        return this == LOCAL ? LOCAL_PROFILE.substitutionFor(capability) : Optional.empty();
    }

    /** The declared stand-in with this id ({@code service-account}, ...); the guide profile substitutes nothing. */
    public Optional<Substitution> substitution(String id) {
        return this == LOCAL ? LOCAL_PROFILE.substitution(id) : Optional.empty();
    }

    /** The guide's variant or the local profile's: how each check picks its expectations without branching. */
    public <T> T pick(T guide, T local) {
        return this == LOCAL ? local : guide;
    }
}
