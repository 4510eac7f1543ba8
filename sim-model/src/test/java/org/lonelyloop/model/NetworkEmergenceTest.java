package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.state.Population;

/**
 * What withdrawal does to the network's shape, though no rule moves loneliness between agents:
 * lonely agents drift to the network's edge (fewer ties), and, because a tie between two withdrawn
 * people is the one least often renewed, lonely people end up tied to the less lonely: on its own,
 * loneliness sorts apart rather than clustering. Settings that sort people by what makes for
 * loneliness (networks.offline.lonelinessSorting, on by default) make it cluster, as Cacioppo,
 * Fowler and Christakis (2009) found, and the lonely still stand at the edge (docs/ODD.md, section 4).
 */
class NetworkEmergenceTest {
    private static Probe with;
    private static Probe without;
    private static Probe sorted;

    @BeforeAll
    static void run() {
        with = run("pathways.withdrawal.initiative=2", "networks.offline.lonelinessSorting=0");
        without = run("pathways.withdrawal.enabled=false", "networks.offline.lonelinessSorting=0");
        sorted = run("pathways.withdrawal.initiative=2");
    }

    private static Probe run(String... overrides) {
        ModelParams s = TestScenarios.with(TestScenarios.small(3000, 730), overrides);
        return new Probe(TestScenarios.run(s, 8, 2));
    }

    private static double sorting(Probe p) {
        Population pop = p.population();
        return p.correlation(i -> pop.loneliness[i], i -> p.neighbourMean(i, j -> pop.loneliness[j]),
                i -> p.offline().degree(i) > 0);
    }

    private static double edgeness(Probe p) {
        Population pop = p.population();
        return p.correlation(i -> pop.loneliness[i], i -> -p.offline().degree(i));
    }

    @Test
    void withdrawalPushesLonelyAgentsToTheEdgeOfTheNetwork() {
        assertTrue(edgeness(with) > 0.1 && edgeness(with) > edgeness(without) + 0.05,
                "lonely agents have fewer ties: with " + edgeness(with) + ", without " + edgeness(without));
    }

    @Test
    void withdrawalAloneSortsLonelyPeopleApartRatherThanTogether() {
        assertTrue(sorting(with) < sorting(without) - 0.05,
                "loneliness of friends: with withdrawal " + sorting(with) + ", without " + sorting(without));
    }

    @Test
    void settingsSortedByCircumstanceMakeLonelinessClusterAtTheEdge() {
        assertTrue(sorting(sorted) > 0.3 && sorting(sorted) > sorting(with) + 0.3,
                "loneliness of friends: sorted settings " + sorting(sorted) + ", unsorted " + sorting(with));
        assertTrue(edgeness(sorted) > 0.1, "lonely agents still have fewer ties: " + edgeness(sorted));
    }
}
