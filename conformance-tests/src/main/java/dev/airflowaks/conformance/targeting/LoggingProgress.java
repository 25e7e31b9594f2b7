package dev.airflowaks.conformance.targeting;

import dev.airflowaks.deployer.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The deployer's progress, as log lines of the conformance run that started the twin. */
final class LoggingProgress implements ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger("airflow-aks.apply");

    @Override
    public void stepStarted(String stepId, String title) {
        LOG.info("▶ {}", title);
    }

    @Override
    public void stepFinished(String stepId, String title, String outcome, long elapsedMillis) {
        LOG.info("✔ {} ({}, {} ms)", title, outcome, elapsedMillis);
    }

    @Override
    public void stepFailed(String stepId, String title, String error, long elapsedMillis) {
        LOG.warn("✘ {} ({} ms): {}", title, elapsedMillis, error);
    }

    @Override
    public void info(String message) {
        LOG.info("  {}", message);
    }
}
