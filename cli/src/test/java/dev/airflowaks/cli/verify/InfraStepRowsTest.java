package dev.airflowaks.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.StepOutcome;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.reports.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The infrastructure article's rows of {@code run --infra}'s guide-step matrix, from {@code apply --infra}'s outcome. */
class InfraStepRowsTest {

    @Test
    void everyInfrastructureStepOfTheArticleGetsARowInTheArticlesOrder() {
        List<CheckResult> rows = InfraStepRows.of(List.of());
        assertEquals(9, rows.size(), rows.toString());
        assertEquals("infra-resource-group", rows.get(0).id());
        assertEquals(GuideStepId.RESOURCE_GROUP, rows.get(0).guide());
        assertTrue(rows.stream().anyMatch(r -> r.id().equals("infra-aks-cluster")
                && r.guide() == GuideStepId.AKS_CLUSTER), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.guide().article() == Article.INFRASTRUCTURE));
    }

    @Test
    void aFailedStepIsAFailureNamingItsCauseAndTheStepsAfterItAreSkippedNamingIt() {
        List<CheckResult> rows = InfraStepRows.of(List.of(
                new StepOutcome("RESOURCE_GROUP", "Create a resource group", true, "created", 12),
                new StepOutcome("IDENTITY", "Create an identity", true, "unchanged", 3),
                new StepOutcome("KEY_VAULT", "Create an Azure Key Vault instance", false,
                        "VaultAlreadyExists: the vault name airflowkv1 is already in use", 5)));
        assertEquals(Status.PASSED, rows.get(0).status());
        assertEquals("created", rows.get(0).actual());
        assertEquals(Status.PASSED, rows.get(1).status());
        CheckResult vault = rows.get(2);
        assertEquals("infra-key-vault", vault.id());
        assertEquals(Status.FAILED, vault.status());
        assertTrue(vault.reason().startsWith("key vault: VaultAlreadyExists"), vault.reason());
        assertTrue(vault.fixHint().contains("Create an Azure Key Vault instance"), vault.fixHint());
        for (CheckResult later : rows.subList(3, rows.size())) {
            assertEquals(Status.SKIPPED, later.status(), later.id());
            assertTrue(later.reason().contains("stopped at KEY_VAULT"), later.reason());
        }
    }

    @Test
    void aShellThatHoldsAzureOrGuideVariablesIsRefusedBeforeTheTwinStarts() {
        CommandLine cl = new CommandLine(new RunCommand());
        InfraRun run = new InfraRun(cl, Map.of("AZURE_SUBSCRIPTION_ID", "real-sub", "MY_KEYVAULT_NAME", "kv",
                "HOME", "/root"));
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                run::refuseShellSettings);
        assertTrue(e.getMessage().contains("[AZURE_SUBSCRIPTION_ID, MY_KEYVAULT_NAME]")
                && e.getMessage().contains("unset them"), e.getMessage());
        new InfraRun(cl, Map.of("HOME", "/root", "AIRFLOW_AKS_JAR", "x.jar")).refuseShellSettings();
    }
}
