package dev.airflowaks.deployer.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import dev.airflowaks.deployer.progress.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A long-running operation past its budget fails naming the operation, the budget and ARM's last status. */
class LongRunningTest {

    private static SyncPoller<String, String> stuck(List<Duration> intervals) {
        return new SyncPoller<>() {
            @Override
            public PollResponse<String> poll() {
                return new PollResponse<>(LongRunningOperationStatus.IN_PROGRESS, "Creating");
            }

            @Override
            public PollResponse<String> waitForCompletion() {
                throw new UnsupportedOperationException("an unbounded wait");
            }

            @Override
            public PollResponse<String> waitForCompletion(Duration timeout) {
                throw new RuntimeException(new TimeoutException("Polling didn't complete before the timeout period."));
            }

            @Override
            public PollResponse<String> waitUntil(LongRunningOperationStatus status) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PollResponse<String> waitUntil(Duration timeout, LongRunningOperationStatus status) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getFinalResult() {
                throw new IllegalStateException("not done");
            }

            @Override
            public void cancelOperation() {
            }

            @Override
            public SyncPoller<String, String> setPollInterval(Duration pollInterval) {
                intervals.add(pollInterval);
                return this;
            }
        };
    }

    @Test
    void timeoutNamesOperationBudgetAndLastStatus() {
        List<Duration> intervals = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LongRunning.await(stuck(intervals),
                "create AKS cluster airflow-aks", "aksCluster", Duration.ofMinutes(20), Duration.ofSeconds(5),
                ProgressListener.silent()));
        assertTrue(e.getMessage().startsWith("create AKS cluster airflow-aks did not finish within its budget "
                + "aksCluster (20m); last status: IN_PROGRESS"), e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(5)), intervals, "the poll interval is the named one");
    }

    @Test
    void durationsPrintAsPeopleWriteThem() {
        assertEquals("20m", LongRunning.human(Duration.ofMinutes(20)));
        assertEquals("1m30s", LongRunning.human(Duration.ofSeconds(90)));
        assertEquals("850ms", LongRunning.human(Duration.ofMillis(850)));
    }
}
