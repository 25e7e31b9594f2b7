package dev.airflowaks.conformance.targeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserEnvironmentTest {

    @Test
    void passesOnOnlyTheGuidesDeployersAndAzureVariablesEnvironmentOverFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("env"), "AKS_AIRFLOW_NAMESPACE=from-file\nMY_ACR_REGISTRY=fileacr\n"
                + "UNRELATED=x\n");
        Map<String, String> env = UserEnvironment.of(Map.of("AKS_AIRFLOW_NAMESPACE", "from-env",
                "AIRFLOW_AKS_ESO_CHART", "/charts/eso", "AZURE_TENANT_ID", "t", "SERVICE_ACCOUNT_NAME", "sa",
                "KUBECONFIG", "/home/me/.kube/config", "PATH", "/bin", "TENANT_ID", ""), Optional.of(file));
        assertEquals(Map.of("AKS_AIRFLOW_NAMESPACE", "from-env", "MY_ACR_REGISTRY", "fileacr",
                "AIRFLOW_AKS_ESO_CHART", "/charts/eso", "AZURE_TENANT_ID", "t", "SERVICE_ACCOUNT_NAME", "sa"), env);
    }
}
