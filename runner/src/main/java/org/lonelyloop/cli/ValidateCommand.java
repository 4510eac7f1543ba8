package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Problem;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop validate FILE...}: checks scenarios without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files (or bundled names) and report every problem with file, line, column and key; exit 2 if any is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled names.")
    List<String> scenarios;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (String s : scenarios) {
            try {
                LoadedScenario l = ScenarioLoader.load(ScenarioLoader.locate(s));
                out.println("ok: " + s + " (" + l.scenario().name() + ", " + l.scenario().population().size() + " agents, "
                        + l.scenario().duration() + ", " + l.scenario().interventions().size() + " interventions"
                        + (l.scenario().events().isEmpty() ? "" : ", " + l.scenario().events().size() + " life events") + ")");
            } catch (ScenarioException e) {
                invalid++;
                err.println("invalid: " + s);
                for (Problem p : e.problems()) {
                    err.println("  " + p);
                }
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
