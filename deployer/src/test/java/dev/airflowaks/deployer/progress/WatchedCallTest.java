package dev.airflowaks.deployer.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Helm --wait on pods whose image does not exist used to run its whole budget (2 min on the twin, 10 on AKS). */
class WatchedCallTest {

    @Test
    void aTerminalCauseStopsTheCallLongBeforeItsBudgetAndNamesTheCause() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WatchedCall.run(
                "helm install airflow", Duration.ofMinutes(10), () -> {
                    try {
                        never.await();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return "done";
                }, () -> "ready 6/9", () -> Optional.of("stopped waiting: image not found: pod/airflow-scheduler-1"),
                ProgressListener.silent()));

        assertTrue(e.getMessage().startsWith("stopped waiting: image not found: pod/airflow-scheduler-1\n  while "
                + "waiting for helm install airflow; last state: ready 6/9"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
    }

    @Test
    void withoutATerminalCauseTheCallRunsToItsEnd() {
        AtomicInteger asked = new AtomicInteger();
        String result = WatchedCall.run("helm install x", Duration.ofMinutes(1), () -> "deployed", () -> "",
                () -> {
                    asked.incrementAndGet();
                    return Optional.empty();
                }, ProgressListener.silent());
        assertEquals("deployed", result);
    }
}
