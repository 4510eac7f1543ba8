package org.lonelyloop.cli;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario argument and {@code --set} overrides shared by the commands that load a scenario. */
public final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", defaultValue = "quickstart", paramLabel = "SCENARIO",
            description = "A bundled scenario by name (see 'lonelyloop list') or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one scenario value (repeatable), e.g.%n  --set pathways.compensation.strength=0.5")
    List<String> overrides = new ArrayList<>();

    public LoadedScenario load() throws ScenarioException {
        return ScenarioLoader.load(ScenarioLoader.locate(scenario), overrides);
    }
}
