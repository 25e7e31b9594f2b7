package dev.airflowaks.reports.allure;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Puts {@code categories.json} next to the Allure results of every JUnit run on whose class path the reports module
 * is (registered through {@code META-INF/services}), so {@code mvn verify} and {@code airflow-aks verify} both
 * produce categorised Allure results without each caller remembering to write them. Does nothing when
 * {@value AllureResultsFiles#RESULTS_DIRECTORY_PROPERTY} is unset or its directory was never created.
 */
public final class AllureCategoriesListener implements TestExecutionListener {

    private final AllureResultsFiles files = new AllureResultsFiles();

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String dir = System.getProperty(AllureResultsFiles.RESULTS_DIRECTORY_PROPERTY);
        if (dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir))) {
            files.writeCategories(Path.of(dir));
        }
    }
}
