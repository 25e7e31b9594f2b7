package dev.airflowaks.conformance.wait;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitBudgetsTest {

    @Test
    void theTwinWaitsLessThanARealClusterUnlessTold() {
        WaitBudgets real = WaitBudgets.from(k -> Optional.empty(), false);
        WaitBudgets twin = WaitBudgets.from(k -> Optional.empty(), true);
        assertEquals(Duration.ofMinutes(5), real.of(WaitBudget.AIRFLOW_POD_READY));
        assertEquals(Duration.ofSeconds(60), twin.of(WaitBudget.AIRFLOW_POD_READY));
        Map<String, String> params = Map.of("conformance.budget.airflow-pod-ready", "PT2M");
        assertEquals(Duration.ofMinutes(2),
                WaitBudgets.from(k -> Optional.ofNullable(params.get(k)), true).of(WaitBudget.AIRFLOW_POD_READY));
    }

    @Test
    void aMalformedBudgetNamesTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WaitBudgets.from(k -> Optional.of("5 minutes"), true));
        assertTrue(e.getMessage().contains("conformance.budget."), e.getMessage());
    }
}
