package dev.airflowaks.deployer.infra;

import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import dev.airflowaks.deployer.progress.ProgressListener;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Waits for one ARM long-running operation within a named budget. The SDK's poller follows
 * {@code Azure-AsyncOperation}/{@code Location} and honours {@code Retry-After}; this adds the progress lines and,
 * on timeout, a message naming the operation, its budget and the last status ARM reported.
 */
final class LongRunning {

    private LongRunning() {
    }

    static <T> T await(SyncPoller<?, T> poller, String operation, String budgetName, Duration budget,
                       Duration pollInterval, ProgressListener progress) {
        poller.setPollInterval(pollInterval);
        progress.info(operation + ": started (budget " + budgetName + " " + human(budget) + ")");
        long start = System.nanoTime();
        PollResponse<?> last;
        try {
            last = poller.waitForCompletion(budget);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof TimeoutException || e instanceof IllegalStateException
                    && String.valueOf(e.getMessage()).contains("timeout")) {
                throw new IllegalStateException(operation + " did not finish within its budget " + budgetName + " ("
                        + human(budget) + "); last status: " + lastStatus(poller) + ". Run apply again to resume; "
                        + "Azure keeps working on it.", e);
            }
            throw e;
        }
        if (last.getStatus() != LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
            throw new IllegalStateException(operation + " ended with status " + last.getStatus());
        }
        progress.info(operation + ": done in " + human(Duration.ofNanos(System.nanoTime() - start)));
        return poller.getFinalResult();
    }

    private static String lastStatus(SyncPoller<?, ?> poller) {
        try {
            return String.valueOf(poller.poll().getStatus());
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** {@code 20m}, {@code 1m30s}, {@code 850ms}: how people write durations, not {@code PT20M}. */
    static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        String out = (s / 3600 > 0 ? s / 3600 + "h" : "") + (s % 3600 / 60 > 0 ? s % 3600 / 60 + "m" : "")
                + (s % 60 > 0 ? s % 60 + "s" : "");
        return out.isEmpty() ? "0s" : out;
    }
}
