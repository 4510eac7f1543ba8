package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;

/**
 * The heap a run needs, estimated before it is built from its state per agent. Whether the estimate
 * meets the heaps runs really needed is measured by benchmark (docs/performance.md), not here.
 */
class MemoryEstimateTest {
    private static Scenario of(String... overrides) throws ScenarioException {
        return ScenarioLoader.override(Scenario.defaults(), List.of(overrides));
    }

    @Test
    void theEstimateGrowsWithTheAgentsAndWithWhatEachHolds() throws ScenarioException {
        long small = MemoryEstimate.bytes(of("population.size=100000")) - MemoryEstimate.BASE;
        long large = MemoryEstimate.bytes(of("population.size=1000000")) - MemoryEstimate.BASE;
        assertEquals(10.0, (double) large / small, 0.01, "linear in the agents");
        double perAgent = (double) large / 1_000_000;
        assertTrue(perAgent > 500 && perAgent < 900, "about the state of bench and a quarter more: " + perAgent);
        long denser = MemoryEstimate.bytes(of("population.size=1000000", "networks.offline.meanDegree=20",
                "networks.offline.capacity=34"));
        assertTrue(denser > MemoryEstimate.bytes(of("population.size=1000000")) + 100_000_000L,
                "twice the ties a person starts with, each with its slot and room to grow: " + denser);
    }

    @Test
    void aRunThatFitsIsLetThroughAndOneThatDoesNotIsToldTheHeapToAskFor() throws ScenarioException {
        Scenario country = of("population.size=15000000");
        assertNull(MemoryEstimate.refusal(country, 1, 16L << 30));
        String no = MemoryEstimate.refusal(country, 1, 4L << 30);
        assertTrue(no.contains("with 15,000,000 agents needs about"), no);
        assertTrue(no.contains("Java may use 4.0 GB here"), no);
        long need = MemoryEstimate.bytes(country);
        long asked = Long.parseLong(no.replaceAll("(?s).*-Xmx(\\d+)g.*", "$1")) << 30;
        assertTrue(asked >= need && asked <= need * 1.3 + (1L << 30), "the -Xmx named holds it: " + no);
        String two = MemoryEstimate.refusal(of("population.size=1000000"), 8, 2L << 30);
        assertTrue(two.contains("in 8 models at once") && two.contains("or fewer at once"), two);
    }
}
