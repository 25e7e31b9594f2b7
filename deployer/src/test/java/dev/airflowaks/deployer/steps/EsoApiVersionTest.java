package dev.airflowaks.deployer.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EsoApiVersionTest {

    @ParameterizedTest
    @CsvSource({"0.10.5,v1beta1", "0.15.1,v1beta1", "0.16.0,v1", "0.17.0,v1", "v0.9.20,v1beta1", "1.0.0,v1"})
    void withoutDiscoveryThePinnedChartDecides(String chart, String expected) {
        assertEquals(expected, EsoApiVersion.expectedFor(chart));
    }
}
