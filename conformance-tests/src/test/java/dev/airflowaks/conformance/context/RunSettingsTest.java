package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import dev.airflowaks.fixtures.targets.Capability;
import dev.airflowaks.fixtures.twin.faults.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSettingsTest {

    @Test
    void defaultsToTheTwin() {
        RunSettings s = RunSettings.from(k -> Optional.empty());
        assertEquals("twin", s.target());
        assertTrue(s.readinessGate());
        assertTrue(s.faults().asSet().isEmpty());
    }

    @Test
    void parsesCapabilitiesAndFaults() {
        Map<String, String> p = Map.of(RunSettings.CAPABILITIES, "azure, blob-csi",
                RunSettings.FAULTS, "federated-subject-mismatch,no-access-policy", RunSettings.TARGET, "AKS");
        RunSettings s = RunSettings.from(k -> Optional.ofNullable(p.get(k)));
        assertEquals("aks", s.target());
        assertEquals(Set.of(Capability.AZURE, Capability.BLOB_CSI), s.capabilities().orElseThrow());
        assertEquals(Set.of(Fault.FEDERATED_SUBJECT_MISMATCH, Fault.NO_ACCESS_POLICY), s.faults().asSet());
    }

    @Test
    void badValuesNameTheParameterAndTheValidChoices() {
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> RunSettings.from(k -> k.equals(RunSettings.TARGET) ? Optional.of("kind") : Optional.empty()));
        assertTrue(target.getMessage().contains("conformance.target must be twin, k3s or aks"), target.getMessage());
        IllegalArgumentException cap = assertThrows(IllegalArgumentException.class, () -> RunSettings.from(
                k -> k.equals(RunSettings.CAPABILITIES) ? Optional.of("gpu") : Optional.empty()));
        assertTrue(cap.getMessage().contains("unknown capability 'gpu'"), cap.getMessage());
    }

    @Test
    void expectationsResolveEnvOverFileOverTargetOverDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("env");
        Files.writeString(file, "# twin\nexport AKS_AIRFLOW_NAMESPACE=\"from-file\"\nMY_ACR_REGISTRY='fileacr'\n");
        Expectations e = new ExpectationsResolver(Map.of("MY_ACR_REGISTRY", "envacr", "HOME", "/root"))
                .resolve(Optional.of(file), Map.of("AKS_AIRFLOW_NAMESPACE", "from-target", "TENANT_ID", "t"));
        assertEquals("from-file", e.namespace());
        assertEquals("envacr", e.require(Expectations.ACR));
        assertEquals("t", e.require(Expectations.TENANT_ID));
        assertEquals("airflow", e.serviceAccount());
        assertEquals("system:serviceaccount:from-file:airflow", e.federatedSubject());
        assertTrue(e.find("HOME").isEmpty(), "unrelated environment is not read");
        MissingExpectationException missing = assertThrows(MissingExpectationException.class,
                () -> e.require(Expectations.CLIENT_ID));
        assertTrue(missing.getMessage().startsWith("MY_IDENTITY_NAME_CLIENT_ID is not set"), missing.getMessage());
    }
}
