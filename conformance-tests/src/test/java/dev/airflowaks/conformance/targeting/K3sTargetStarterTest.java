package dev.airflowaks.conformance.targeting;

import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.k3s.K3sEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The k3s starter's logic without Docker: what it hands the deployer, and that the container never leaks. */
class K3sTargetStarterTest {

    @TempDir
    Path dir;
    private final List<String> events = new ArrayList<>();

    /** A k3s target as {@code RealTargets} opens it: the K3sEnvironment of the user's variables. */
    private Target fakeK3s(Map<String, String> user) {
        Path kubeconfig = dir.resolve("k3s.yaml");
        Map<String, String> env = K3sEnvironment.of(user);
        return new Target() {
            public String name() {
                return "k3s";
            }

            public Path kubeconfig() {
                return kubeconfig;
            }

            public Map<String, String> environment() {
                return env;
            }

            public Set<Capability> capabilities() {
                return EnumSet.of(Capability.REAL_AIRFLOW);
            }

            public void close() {
                events.add("closed");
            }
        };
    }

    @Test
    void theContainerIsStoppedWhenApplyThrows() {
        IllegalStateException boom = new IllegalStateException("helm: chart not found");
        Path[] work = new Path[1];
        K3sTargetStarter starter = new K3sTargetStarter(this::fakeK3s, (kubeconfig, env, workDir) -> {
            events.add("apply");
            work[0] = workDir;
            throw boom;
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> starter.start(Map.of()));
        assertSame(boom, thrown, "the apply failure is rethrown as is");
        assertEquals(List.of("apply", "closed"), events, "the teardown was registered before apply");
        assertFalse(Files.exists(work[0]), "the work directory is deleted too");
    }

    @Test
    void theDeployerGetsTheLocalProfileTheTargetsKubeconfigAndTheUsersChartChoice() {
        Map<String, Map<String, String>> seen = new java.util.HashMap<>();
        K3sTargetStarter starter = new K3sTargetStarter(this::fakeK3s, (kubeconfig, env, workDir) -> {
            seen.put(kubeconfig.toString(), env);
            return Map.of("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME", "airflowakslogs");
        });
        Target local = starter.start(Map.of("AIRFLOW_AKS_AIRFLOW_CHART", "/charts/airflow-1.15.0.tgz",
                "AZURE_CLIENT_SECRET", "never-on-k3s"));
        Map<String, String> env = seen.get(dir.resolve("k3s.yaml").toString());
        assertEquals("local", env.get("AIRFLOW_AKS_PROFILE"));
        assertEquals("/charts/airflow-1.15.0.tgz", env.get("AIRFLOW_AKS_AIRFLOW_CHART"));
        assertFalse(env.containsKey("AIRFLOW_AKS_ESO_CHART"), "unset: the deployer's default, the real repository");
        assertFalse(env.containsKey("AZURE_CLIENT_SECRET"), "nothing on k3s talks to Azure");
        assertEquals("airflowakslogs", local.environment().get("AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME"),
                "what the deployer resolved becomes an expectation");
        assertEquals("local", local.environment().get("AIRFLOW_AKS_PROFILE"));
        assertTrue(events.isEmpty(), "kept running for the suite");
        local.close();
        assertEquals(List.of("closed"), events);
    }

    @Test
    void theDeployerWaitsWithRealClusterBudgets() {
        DeployerDeployment deployment = assertInstanceOf(DeployerDeployment.class,
                new K3sTargetStarter().deployment());
        assertEquals(Budgets.defaults(), deployment.budgets());
        assertTrue(TwinTargetStarter.TWIN_BUDGETS.workloads().compareTo(Budgets.defaults().workloads()) < 0);
    }
}
