package dev.airflowaks.conformance.profile;

import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.local.LocalProfile;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunProfileTest {

    @Test
    void parsesTheTwoProfilesAndNamesTheSourceOfABadValue() {
        assertEquals(RunProfile.LOCAL, RunProfile.parse(" Local ", "X"));
        assertEquals(RunProfile.GUIDE, RunProfile.parse("guide", "X"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunProfile.parse("k3s", RunProfile.VARIABLE));
        assertEquals("AIRFLOW_AKS_PROFILE=k3s is not a profile; use guide or local", e.getMessage());
    }

    @Test
    void aTargetEnvironmentDeclaresItsProfileThroughTheDeployersVariable() {
        assertEquals("AIRFLOW_AKS_PROFILE", RunProfile.VARIABLE);
        assertEquals(Optional.of(RunProfile.LOCAL), RunProfile.declaredBy(Map.of("AIRFLOW_AKS_PROFILE", "local")));
        assertEquals(Optional.empty(), RunProfile.declaredBy(Map.of("AKS_AIRFLOW_NAMESPACE", "airflow")));
    }

    @Test
    void theLocalProfileTakesEveryAzureCapabilityAwayEvenFromATargetThatHasThem() {
        Set<Capability> twin = EnumSet.of(Capability.AZURE, Capability.BLOB_CSI, Capability.ACR_IMAGES,
                Capability.WORKLOAD_IDENTITY);
        assertEquals(Set.of(), RunProfile.LOCAL.restrict(twin));
        assertEquals(Set.of(Capability.REAL_AIRFLOW), RunProfile.LOCAL.restrict(EnumSet.allOf(Capability.class)));
        assertEquals(twin, RunProfile.GUIDE.restrict(twin));
    }

    @Test
    void substitutionsAreTheFixturesDeclaredOnesAndOnlyOnTheLocalProfile() {
        LocalProfile local = new LocalProfile();
        for (Capability c : new Capability[] {Capability.WORKLOAD_IDENTITY, Capability.BLOB_CSI,
                Capability.ACR_IMAGES}) {
            assertEquals(local.substitutionFor(c), RunProfile.LOCAL.substitutionFor(c));
            assertTrue(RunProfile.GUIDE.substitutionFor(c).isEmpty());
        }
        assertTrue(RunProfile.LOCAL.substitutionFor(Capability.AZURE).isEmpty(), "Azure is not applicable, not substituted");
        assertEquals("b", RunProfile.LOCAL.pick("a", "b"));
        assertEquals("a", RunProfile.GUIDE.pick("a", "b"));
    }
}
