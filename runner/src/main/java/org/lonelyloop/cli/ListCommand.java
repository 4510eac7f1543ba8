package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code lonelyloop list}: the bundled scenarios with the question each asks. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios, each with the first sentence of its description.")
final class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter out = spec.commandLine().getOut();
        int width = BundledScenarios.names().stream().mapToInt(String::length).max().orElse(10);
        for (String name : BundledScenarios.names()) {
            Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
            out.printf(Locale.ROOT, "%-" + width + "s  %,9d agents  %-4s  %s%n", name, s.population().size(), s.duration(),
                    firstSentence(s.description()));
        }
        out.flush();
        return Main.OK;
    }

    static String firstSentence(String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        int q = t.indexOf("? ");
        int d = t.indexOf(". ");
        int end = q >= 0 && (d < 0 || q < d) ? q + 1 : d >= 0 ? d + 1 : t.length();
        return t.substring(0, end);
    }
}
