package dev.airflowaks.conformance.kube;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Plain-words pod state ("Pending", "Running, container scheduler CrashLoopBackOff"), as kubectl would show it. */
public final class PodStates {

    /** Waiting reasons that will not fix themselves: a wait can stop early and the root cause can be named. */
    public static final Set<String> STUCK_REASONS = Set.of("ImagePullBackOff", "ErrImagePull", "CrashLoopBackOff",
            "CreateContainerConfigError", "InvalidImageName", "RunContainerError");

    private static final Set<String> PULL_FAILURES = Set.of("ErrImagePull", "ImagePullBackOff");

    private PodStates() {
    }

    public static List<ContainerStatus> containers(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    public static long readyContainers(Pod pod) {
        return containers(pod).stream().filter(c -> Boolean.TRUE.equals(c.getReady())).count();
    }

    public static int restarts(Pod pod) {
        return containers(pod).stream().mapToInt(c -> c.getRestartCount() == null ? 0 : c.getRestartCount()).sum();
    }

    public static String phase(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getPhase() == null ? "Unknown" : pod.getStatus().getPhase();
    }

    public static boolean isReady(Pod pod, int expectedContainers) {
        return "Running".equals(phase(pod)) && readyContainers(pod) >= expectedContainers
                && pod.getMetadata().getDeletionTimestamp() == null;
    }

    /** The first container waiting for a reason in {@link #STUCK_REASONS}, as "container X Reason". */
    public static Optional<String> stuck(Pod pod) {
        return Optional.ofNullable(stuckIn(initContainers(pod), "init container "))
                .or(() -> Optional.ofNullable(stuckIn(containers(pod), "container ")));
    }

    /** Init containers run first, so a pod whose init container cannot start shows that as its cause. */
    private static String stuckIn(List<ContainerStatus> statuses, String label) {
        return statuses.stream()
                .filter(c -> c.getState() != null && c.getState().getWaiting() != null
                        && STUCK_REASONS.contains(c.getState().getWaiting().getReason()))
                .findFirst().map(c -> label + c.getName() + " " + c.getState().getWaiting().getReason()
                        + (c.getImage() == null ? "" : " (image " + c.getImage() + ")"))
                .orElse(null);
    }

    /** The images of the pod's containers (init containers first) waiting in ErrImagePull or ImagePullBackOff. */
    public static Stream<String> imagesFailingToPull(Pod pod) {
        return Stream.concat(initContainers(pod).stream(), containers(pod).stream())
                .filter(c -> c.getImage() != null && c.getState() != null && c.getState().getWaiting() != null
                        && PULL_FAILURES.contains(c.getState().getWaiting().getReason()))
                .map(ContainerStatus::getImage);
    }

    public static List<ContainerStatus> initContainers(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null ? List.of()
                : pod.getStatus().getInitContainerStatuses();
    }

    public static boolean isImagePullProblem(Pod pod) {
        return stuck(pod).filter(s -> s.contains("ImagePull") || s.contains("ErrImagePull")
                || s.contains("InvalidImageName")).isPresent();
    }

    /** For example {@code Running 1/2 ready, container scheduler CrashLoopBackOff, 4 restarts}. */
    public static String summary(Pod pod, int expectedContainers) {
        StringBuilder out = new StringBuilder(phase(pod)).append(' ').append(readyContainers(pod)).append('/')
                .append(expectedContainers).append(" ready");
        stuck(pod).ifPresent(s -> out.append(", ").append(s));
        int restarts = restarts(pod);
        if (restarts > 0) {
            out.append(", ").append(restarts).append(" restarts");
        }
        return out.toString();
    }
}
