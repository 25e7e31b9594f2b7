package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.Optional;

/**
 * A container in {@code CrashLoopBackOff} that has already restarted {@value #RESTARTS} times: one crash can be a
 * dependency not up yet (the webserver before the migrations), three in a row is the container's own fault.
 */
public final class CrashLooping implements TerminalRule {

    static final int RESTARTS = 3;

    @Override
    public String name() {
        return "crash loop";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        for (Pod pod : observed.pods()) {
            for (ContainerStatus c : Containers.of(pod)) {
                int restarts = c.getRestartCount() == null ? 0 : c.getRestartCount();
                if (Containers.waitingReason(c).filter("CrashLoopBackOff"::equals).isPresent()
                        && restarts >= RESTARTS) {
                    String last = c.getLastState() == null || c.getLastState().getTerminated() == null ? ""
                            : ", last exit code " + c.getLastState().getTerminated().getExitCode();
                    return Optional.of(new Terminal(name(), "pod/" + Containers.name(pod), "container " + c.getName()
                            + " CrashLoopBackOff after " + restarts + " restarts" + last,
                            Containers.owner(Containers.name(pod))));
                }
            }
        }
        return Optional.empty();
    }
}
