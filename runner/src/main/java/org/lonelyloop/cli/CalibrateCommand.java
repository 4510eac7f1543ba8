package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.analysis.Calibrator;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lonelyloop calibrate}: the reproducible calibration procedure (docs/ODD.md, section 8). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Search the parameters the calibration figures identify (person-specific effects, "
                + "platform and bedtime odds ratios, problematic use, use references) and print them as "
                + "--set values. Takes tens of minutes at the default size.",
            "The defaults in the code are this command's output for the default scenario."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--agents", defaultValue = "10000", description = "Agents per evaluation run. Default: ${DEFAULT-VALUE}.")
    int agents;

    @Option(names = "--rounds", defaultValue = "2", description = "Passes over all stages. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of every evaluation run. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--survey-years", defaultValue = "9",
            description = "Recorded years of the odds-ratio runs, as the scorecard reads them. Default: ${DEFAULT-VALUE}.")
    int surveyYears;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (agents < 500) {
            throw new UserError("--agents must be at least 500 for the odds ratios to be estimable, was " + agents, Main.BAD_INPUT);
        }
        if (surveyYears < 1) {
            throw new UserError("--survey-years must be at least 1, was " + surveyYears, Main.BAD_INPUT);
        }
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1, was " + rounds, Main.BAD_INPUT);
        }
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        PrintWriter out = spec.commandLine().getOut();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Map<String, Double> found = new Calibrator(s, seed, t, agents, surveyYears, spec.commandLine().getErr()).run(rounds);
        out.println("# calibrated values (adopt with --set, or as defaults in the parameter records):");
        for (Map.Entry<String, Double> e : found.entrySet()) {
            out.printf(Locale.ROOT, "--set %s=%s%n", e.getKey(), e.getValue());
        }
        out.flush();
        return Main.OK;
    }
}
