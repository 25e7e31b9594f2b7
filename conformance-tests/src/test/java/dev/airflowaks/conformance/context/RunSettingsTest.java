package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.targeting.RunSettings;

import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.expect.MissingExpectationException;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.faults.Fault;
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

    @Test
    void theProfileIsReadAndRefusedWhereTheTargetFixesAnother() {
        Map<String, String> twin = Map.of(RunSettings.PROFILE, "local");
        assertEquals(dev.airflowaks.conformance.profile.RunProfile.LOCAL,
                RunSettings.from(k -> Optional.ofNullable(twin.get(k))).profile().orElseThrow());
        assertTrue(RunSettings.from(k -> Optional.empty()).profile().isEmpty(), "unset: the target decides");
        Map<String, String> k3s = Map.of(RunSettings.TARGET, "k3s", RunSettings.PROFILE, "local");
        assertEquals("k3s", RunSettings.from(k -> Optional.ofNullable(k3s.get(k))).target());
        IllegalArgumentException guideOnK3s = assertThrows(IllegalArgumentException.class, () -> RunSettings.from(
                k -> Optional.ofNullable(Map.of(RunSettings.TARGET, "k3s", RunSettings.PROFILE, "guide").get(k))));
        assertTrue(guideOnK3s.getMessage().startsWith("conformance.profile=guide does not fit target k3s"),
                guideOnK3s.getMessage());
        IllegalArgumentException localOnAks = assertThrows(IllegalArgumentException.class, () -> RunSettings.from(
                k -> Optional.ofNullable(Map.of(RunSettings.TARGET, "aks", RunSettings.PROFILE, "local").get(k))));
        assertTrue(localOnAks.getMessage().startsWith("conformance.profile=local does not fit target aks"),
                localOnAks.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RunSettings.from(
                k -> k.equals(RunSettings.PROFILE) ? Optional.of("cloud") : Optional.empty()));
        assertEquals("conformance.profile=cloud is not a profile; use guide or local", bad.getMessage());
    }

    @Test
    void k3sAndAksGetTheRealClusterBudgetsNotTheTwins() {
        var k3s = RunSettings.from(k -> k.equals(RunSettings.TARGET) ? Optional.of("k3s") : Optional.empty());
        assertEquals(dev.airflowaks.conformance.wait.WaitBudget.AIRFLOW_POD_READY.defaultBudget(),
                k3s.budgets().of(dev.airflowaks.conformance.wait.WaitBudget.AIRFLOW_POD_READY));
    }
}
