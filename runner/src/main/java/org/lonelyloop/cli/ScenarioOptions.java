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
    /** Characters of --set values a folder name carries at most. */
    private static final int MAX_TAG = 48;

    @Parameters(index = "0", arity = "0..1", defaultValue = "quickstart", paramLabel = "SCENARIO",
            description = "A bundled scenario by name (see 'lonelyloop list') or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one scenario value (repeatable), e.g.%n  --set pathways.compensation.strength=0.5")
    List<String> overrides = new ArrayList<>();

    public LoadedScenario load() throws ScenarioException {
        return ScenarioLoader.load(ScenarioLoader.locate(scenario), overrides);
    }

    /**
     * A results folder's name: {@code name}, then each --set as the last part of its key and its value
     * ({@code nl-adults-size3000-strength0.2}), so two folders of one scenario with different values can
     * be told apart by name. Kept short; the manifest has every value.
     */
    String folderName(String name) {
        return folderName(name, overrides);
    }

    static String folderName(String name, List<String> overrides) {
        StringBuilder b = new StringBuilder(name);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            String key = eq < 0 ? o : o.substring(0, eq);
            String value = eq < 0 ? "" : o.substring(eq + 1);
            b.append('-').append(key.substring(key.lastIndexOf('.') + 1)).append(value);
        }
        String tag = b.substring(name.length());
        return tag.length() <= MAX_TAG ? b.toString() : name + tag.substring(0, MAX_TAG);
    }
}
