package dev.airflowaks.conformance.suite;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.conformance.wait.WaitBudget;
import dev.airflowaks.targets.local.LocalProfile;
import dev.airflowaks.reports.html.HtmlReport;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.ReportJson;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline end-to-end proof of the local profile: the suite starts the twin, the deployer applies the local
 * profile to it ({@code -Dconformance.profile=local}: fake SecretStore, plain ServiceAccount, hostPath PV, public
 * images), and the same checks judge it. The deployer's local profile and the suite's substitutions must fit: the
 * verdict is conformant, the four replaced checks are substituted with the profile's reasons, the Azure checks are
 * not applicable (the profile has no Azure, although the twin could serve it), and nothing is broken.
 */
class LocalProfileOnTwinIT {

    private static final Map<String, String> SUBSTITUTED = Map.of(
            "SecretStoreCheck.storeIsValid", "secret-store",
            "ServiceAccountCheck.annotationsMatchIdentity", "service-account",
            "LogsStorageCheck.persistentVolumeMatchesGuide", "logs-volume",
            "AirflowReleaseCheck.imagesFromAcr", "images");

    @Test
    void theLocalProfileOnTheTwinConformsWithItsSubstitutionsDeclared() throws IOException {
        Path out = Path.of(System.getProperty("conformance.report.dir", "target/conformance")).resolve("local-twin");
        RunRequest request = new RunRequest("twin", Optional.empty(), Optional.empty(), Optional.empty(),
                out.resolve("evidence"), true, Map.of(RunSettings.PROFILE, RunProfile.LOCAL.id(),
                WaitBudget.UI_REQUEST.property(), "PT20S"));
        RunReport report = new ConformanceLauncher().run(request);
        Files.createDirectories(out);
        new ReportJson().write(report, out.resolve("report.json"));
        Path html = new HtmlReport().write(report, out.resolve("report.html"));
        Map<String, CheckResult> checks = report.checks().stream()
                .collect(Collectors.toMap(CheckResult::id, Function.identity()));
        String all = report.checks().stream().map(c -> c.id() + " " + c.status() + " " + c.reason()
                + (c.rootCause().isEmpty() ? "" : " | " + c.rootCause())).collect(Collectors.joining("\n"));

        assertTrue(report.checks().stream().noneMatch(c -> c.status() == Status.BROKEN || c.status() == Status.FAILED),
                "report " + html.toAbsolutePath() + "\n" + all);
        assertEquals(Verdict.CONFORMANT, report.verdict(), all);
        LocalProfile local = new LocalProfile();
        SUBSTITUTED.forEach((id, substitution) -> {
            assertEquals(Status.SUBSTITUTED, checks.get(id).status(), id + "\n" + all);
            assertEquals(local.substitution(substitution).orElseThrow().reason(), checks.get(id).reason(), id);
        });
        for (String id : new String[] {"AzureSideCheck.federatedCredentialMatches", "AzureSideCheck.accessPolicyGrantsGet",
                "AzureSideCheck.storageExists", "AzureSideCheck.acrHoldsTheImportedImages",
                "ExternalSecretCheck.valuesMatchKeyVault"}) {
            assertEquals(Status.NOT_APPLICABLE, checks.get(id).status(), id + "\n" + all);
        }
        assertEquals(Status.PASSED, checks.get("ExternalSecretCheck.externalSecretSynced").status(), all);
        assertEquals(Status.PASSED, checks.get("PodsCheck.componentsReady").status(), all);
        assertEquals("local", report.environment().other().get("profile"), String.valueOf(report.environment()));
    }
}
