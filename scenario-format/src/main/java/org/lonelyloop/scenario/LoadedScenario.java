package org.lonelyloop.scenario;

import java.util.List;

/**
 * A scenario as loaded, with where it came from.
 *
 * @param scenario  the fully resolved scenario
 * @param sources   the files it was built from, the one given first, then what it extends
 * @param overrides the {@code --set key=value} overrides applied, in order
 */
public record LoadedScenario(Scenario scenario, List<String> sources, List<String> overrides) {
    public LoadedScenario {
        sources = List.copyOf(sources);
        overrides = List.copyOf(overrides);
    }
}
