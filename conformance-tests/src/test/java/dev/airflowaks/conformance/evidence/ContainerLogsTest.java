package dev.airflowaks.conformance.evidence;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a broken target every failed check collects the same pods' logs; {@code bench/fault-verdicts.sh} measured about
 * 300 log requests for the 7 failed checks of one federated-credential fault, most of them for containers that had
 * never started, which the API server answers with 400 "container … is waiting to start".
 */
@EnableKubernetesMockClient(crud = true, https = false)
class ContainerLogsTest {

    KubernetesClient client;
    KubernetesMockServer server;

    private Pod pod(String container, ContainerStateBuilder state, ContainerStateBuilder last, int restarts) {
        return new PodBuilder().withNewMetadata().withName("airflow-scheduler-1").withNamespace("airflow")
                .endMetadata().withNewSpec().addNewContainer().withName(container).endContainer().endSpec()
                .withNewStatus().withPhase("Pending").addNewContainerStatus().withName(container)
                .withRestartCount(restarts).withState(state.build()).withLastState(last == null ? null : last.build())
                .endContainerStatus().endStatus().build();
    }

    @Test
    void aContainerThatHasNotStartedIsNotAskedForALogAndSaysWhy() {
        ContainerLogs logs = new ContainerLogs(client, new SecretScrubber(List.of()));
        Pod pod = pod("scheduler", new ContainerStateBuilder().withNewWaiting().withReason("PodInitializing")
                .endWaiting(), null, 0);
        int before = server.getRequestCount();
        String current = logs.tail(pod, "scheduler", false, 500);
        String previous = logs.tail(pod, "scheduler", true, 500);
        assertEquals(before, server.getRequestCount(), "no request for a log the kubelet cannot have");
        assertTrue(current.contains("container scheduler has not started (waiting: PodInitializing)"), current);
        assertTrue(previous.contains("container scheduler has not restarted"), previous);
    }

    @Test
    void aRestartedContainersLogsAreAskedOncePerRun() {
        ContainerLogs logs = new ContainerLogs(client, new SecretScrubber(List.of()));
        Pod pod = pod("scheduler", new ContainerStateBuilder().withNewWaiting().withReason("CrashLoopBackOff")
                .endWaiting(), new ContainerStateBuilder().withNewTerminated().withExitCode(1).endTerminated(), 3);
        int before = server.getRequestCount();
        String first = logs.tail(pod, "scheduler", true, 500);
        logs.tail(pod, "scheduler", false, 500);
        int once = server.getRequestCount() - before;
        logs.tail(pod, "scheduler", true, 500);
        logs.tail(pod, "scheduler", false, 500);
        assertTrue(once > 0, "the previous and the current log were asked for");
        assertEquals(before + once, server.getRequestCount(), "asked again for logs already read in this run");
        assertTrue(!first.contains("not requested"), first);
    }
}
