package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code lonelyloop explain SCENARIO}: the fully resolved scenario, loadable again. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print the fully resolved scenario (extends and --set applied, every default filled in): "
                + "exactly what will run, as YAML that loads again.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario l = scenario.load();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# resolved from " + String.join(" <- ", l.sources())
                + (l.overrides().isEmpty() ? "" : ", with --set " + String.join(" --set ", l.overrides())));
        out.println("# every value below is what runs; save it and run it to get the same results");
        out.print(ScenarioYaml.write(l.scenario()));
        out.flush();
        return Main.OK;
    }
}
