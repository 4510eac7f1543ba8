package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.params.Scenario;

/**
 * What withdrawal does to the network's shape, though no rule moves loneliness between agents:
 * lonely agents drift to the network's edge (fewer ties), and, because a tie between two withdrawn
 * people is the one least often renewed, lonely people end up tied to the less lonely: loneliness
 * sorts apart rather than clustering (docs/ODD.md, section 4, discusses this against Cacioppo,
 * Fowler and Christakis 2009).
 */
class NetworkEmergenceTest {
    private static Probe with;
    private static Probe without;

    @BeforeAll
    static void run() {
        with = run("pathways.withdrawal.initiative=2");
        without = run("pathways.withdrawal.enabled=false");
    }

    private static Probe run(String... overrides) {
        Scenario s = TestScenarios.with(TestScenarios.small(3000, 730), overrides);
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
}
