package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrashLoopingTest {

    @Test
    void threeRestartsInCrashLoopBackOffIsTerminal() {
        Observation o = Observation.empty(Build.NS).withPods(List.of(Build.pod("airflow-webserver-7",
                Build.waiting("webserver", "apache/airflow:2.9.3", "CrashLoopBackOff", "back-off 40s", 3))));

        Terminal t = new CrashLooping().judge(o).orElseThrow();

        assertEquals("pod/airflow-webserver-7", t.object());
        assertTrue(t.cause().contains("CrashLoopBackOff after 3 restarts"), t.cause());
    }

    @Test
    void oneCrashWhileADependencyStartsKeepsWaiting() {
        Observation o = Observation.empty(Build.NS).withPods(List.of(Build.pod("airflow-webserver-7",
                Build.waiting("webserver", "apache/airflow:2.9.3", "CrashLoopBackOff", "back-off 10s", 1))));

        assertTrue(new CrashLooping().judge(o).isEmpty());
    }
}
