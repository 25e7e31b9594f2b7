package dev.airflowaks.conformance.evidence;

import dev.airflowaks.conformance.kube.PodStates;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.List;

/**
 * The containers of a pod a reader of the evidence looks at first: an init container that has not completed, a
 * container that is not ready, waits, exited non-zero or restarted. Their last log lines go to the top of the
 * evidence, the way one runs {@code kubectl logs --tail} on the failing container before anything else.
 */
final class FailingContainers {

    private FailingContainers() {
    }

    /** Container statuses, init containers first, of the containers that are failing or have failed. */
    static List<ContainerStatus> of(Pod pod) {
        List<ContainerStatus> failing = new ArrayList<>();
        for (ContainerStatus s : PodStates.initContainers(pod)) {
            boolean completed = s.getState() != null && s.getState().getTerminated() != null
                    && Integer.valueOf(0).equals(s.getState().getTerminated().getExitCode());
            if (!completed) {
                failing.add(s);
            }
        }
        for (ContainerStatus s : PodStates.containers(pod)) {
            boolean exitedBadly = s.getState() != null && s.getState().getTerminated() != null
                    && !Integer.valueOf(0).equals(s.getState().getTerminated().getExitCode());
            boolean waiting = s.getState() != null && s.getState().getWaiting() != null;
            if (!Boolean.TRUE.equals(s.getReady()) || waiting || exitedBadly
                    || (s.getRestartCount() != null && s.getRestartCount() > 0)) {
                failing.add(s);
            }
        }
        return failing;
    }

    /** Whether the container ran before (its previous instance's log is the one that shows why it exited). */
    static boolean restarted(ContainerStatus s) {
        return s.getLastState() != null && s.getLastState().getTerminated() != null;
    }
}
