package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.Trial;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.TrialParams;
import org.lonelyloop.table.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lonelyloop trial}: the scenario's simulated randomised trial. */
@Command(name = "trial", mixinStandardHelpOptions = true,
        description = {"Run the scenario's experiment.trial: randomise a sample into arms, offer the treatment arm "
            + "the intervention, measure at baseline and follow-ups, and estimate intention-to-treat effects "
            + "(difference in change, Cohen's d, 95 %% interval, p) overall and by baseline tercile, beside the "
            + "counterfactual effect on the treated from a same-seed world without the intervention.",
            "Writes trial.csv, trial-effects.csv, manifest.json, charts and report.html into "
                + "results/<scenario>-trial-<time>/."})
final class TrialCommand implements Callable<Integer> {
    static final String MEASUREMENTS = "trial.csv";
    static final String EFFECTS = "trial-effects.csv";

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seed", description = "Seed (default: the scenario's).")
    Long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--out", defaultValue = "results", paramLabel = "DIR",
            description = "Folder the results folder is made in. Default: ${DEFAULT-VALUE}.")
    Path out;

    @picocli.CommandLine.Mixin
    OutputChoices output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = scenario.load();
        Scenario s = seed != null ? loaded.scenario().withSeed(seed) : loaded.scenario();
        int nThreads = threads.count();
        TrialParams t = s.experiment().trial();
        if (!t.enabled()) {
            throw new UserError(s.name() + " has no trial: give it an experiment.trial section with a size above 0 "
                    + "(docs/scenarios.md), or --set experiment.trial.size=1000", Main.BAD_INPUT);
        }
        Instant started = Instant.now();
        Trial.Result r;
        try {
            r = Trial.run(s, s.seed(), nThreads);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        }
        Path folder;
        try (ResultsFolder results = ResultsFolder.at(ResultsFolder.freeName(out, s.name() + "-trial",
                LocalDateTime.now()), false)) {
            Files.writeString(results.file(MEASUREMENTS), measurements(r), StandardCharsets.UTF_8);
            Files.writeString(results.file(EFFECTS), effects(r), StandardCharsets.UTF_8);
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("trialTreated", Integer.toString(r.treated()));
            extra.put("trialControl", Integer.toString(r.control()));
            Manifest.write(results.work(), new LoadedScenario(s, loaded.sources(), loaded.overrides()), s.seed(),
                    nThreads, BuildInfo.version(), BuildInfo.commit(), started, Instant.now(),
                    Manifest.outputFiles(results.work()), extra);
            if (!output.noReport) {
                Report.write(results.work());
            }
            folder = results.commit();
        } catch (IOException e) {
            throw RunSettings.cannotWrite(out, e);
        }
        if (!output.quiet) {
            print(spec.commandLine().getOut(), s, r, folder);
        }
        return Main.OK;
    }

    static String measurements(Trial.Result r) {
        StringBuilder sb = new StringBuilder("id,arm,wave,day,world,lonelinessScore,trueLoneliness,useMinutes,depression\n");
        for (Trial.Measurement m : r.measurements()) {
            sb.append(m.id()).append(',').append(m.treatment() ? "treatment" : "control").append(',').append(m.wave())
                    .append(',').append(m.day()).append(',').append(m.trialWorld() ? "trial" : "without").append(',')
                    .append(m.lonelinessScore()).append(',').append(Csv.number(m.trueLoneliness())).append(',')
                    .append(Csv.number(m.useMinutes())).append(',').append(Csv.number(m.depression())).append('\n');
        }
        return sb.toString();
    }

    static String effects(Trial.Result r) {
        StringBuilder sb = new StringBuilder("outcome,wave,daysAfter,subgroup,estimator,effect,low,high,d,p,treated,control\n");
        for (Trial.Effect e : r.effects()) {
            sb.append(e.outcome()).append(',').append(e.wave()).append(',').append(e.daysAfter()).append(',')
                    .append(e.subgroup()).append(',').append(e.estimator()).append(',').append(Csv.number(e.effect()))
                    .append(',').append(Csv.number(e.low())).append(',').append(Csv.number(e.high())).append(',')
                    .append(Csv.number(e.d())).append(',').append(Csv.number(e.p())).append(',').append(e.treated())
                    .append(',').append(e.control()).append('\n');
        }
        return sb.toString();
    }

    private static void print(PrintWriter w, Scenario s, Trial.Result r, Path folder) {
        w.printf(Locale.ROOT, "%s: %,d randomised (%,d treatment, %,d control); effects on change from baseline, "
                + "everyone%n", s.name(), r.treated() + r.control(), r.treated(), r.control());
        w.printf(Locale.ROOT, "  %-16s %6s  %-34s %7s  %-34s%n", "outcome", "after", "intention to treat: effect [95 %]",
                "d", "counterfactual on the treated");
        Trial.Effect itt = null;
        for (Trial.Effect e : r.effects()) {
            if (!e.subgroup().equals("all")) {
                continue;
            }
            if (e.estimator().equals("itt")) {
                itt = e;
            } else if (itt != null) {
                w.printf(Locale.ROOT, "  %-16s %5dd  %8.3f [%7.3f, %7.3f] %-7s %7.2f  %8.3f [%7.3f, %7.3f]%n",
                        e.outcome(), e.daysAfter(), itt.effect(), itt.low(), itt.high(),
                        itt.p() < 0.001 ? "p<.001" : String.format(Locale.ROOT, "p=%.3f", itt.p()), itt.d(), e.effect(),
                        e.low(), e.high());
            }
        }
        w.println("  " + Report.SIGN_OF_BENEFIT);
        w.println("  by baseline tercile of " + s.experiment().trial().subgroup() + ": " + folder.resolve(EFFECTS));
        w.println("results: " + folder);
        if (Files.exists(folder.resolve(Report.FILE))) {
            w.println("report:  " + folder.resolve(Report.FILE));
        }
        w.flush();
    }
}
