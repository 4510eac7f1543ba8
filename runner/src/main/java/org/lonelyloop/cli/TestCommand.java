package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lonelyloop.analysis.Judgement;
import org.lonelyloop.experiment.Predictions;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.scenario.Expectation;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.table.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop test}: runs scenarios with the arms their predictions compare with, judges every
 * prediction over replications, prints a table and exits 1 when one is not borne out.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the predictions scenarios state (their expect: section): each scenario runs with what "
            + "its predictions compare with, on the same seeds and burn-in, and every prediction is judged with a 95%% "
            + "interval over replications: pass, unclear or fail.",
            "Exit code 1 when a prediction not marked 'bornOut: false' does not pass."})
final class TestCommand implements Callable<Integer> {
    /** The first line of the --csv table. */
    private static final String HEADER = "scenario,measure,at,compare,direction,within,replications,value,reference,"
            + "difference,low,high,verdict,bornOut,why,set";
    /**
     * Replications when the population is run at a tenth of its written size or less (--scale,
     * --max-agents): a share from a tenth of the people spreads three times as much between
     * replications, and the national level, stated to within one and a half points, was left unclear
     * at 1,000 of a million agents over five (9.9 %, interval 9.1 to 10.7; 10.5 % over twenty).
     * Ten take t from 2.78 to 2.26 and the spread of the mean by the root of two.
     */
    static final int SCALED_DOWN_REPLICATIONS = 10;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO",
            description = "Bundled scenarios by name or scenario files.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--all", description = "Every bundled scenario.")
    boolean all;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one value in every scenario (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications of each arm (default: the scenario's experiment.replications, at least "
                + Predictions.DEFAULT_REPLICATIONS + ", or " + SCALED_DOWN_REPLICATIONS + " when run at a tenth of its size or less).")
    Integer replications;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "Factor on every population (down to 100 agents, or the population's own size if smaller); "
                + "the time line stays as written, so the "
                + "days interventions, events and predictions name keep their meaning. Default: ${DEFAULT-VALUE}.")
    double scale;

    @Option(names = "--max-agents", paramLabel = "N",
            description = "At most this many agents in any run (after --scale): a quick check of every scenario.")
    Integer maxAgents;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @picocli.CommandLine.Mixin
    WorldCacheOptions cache;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table to FILE (one row per prediction).")
    Path csv;

    @Option(names = {"-q", "--quiet"}, description = "Print only the failures and the tally.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        cache.worlds(); // a bad cache setting is said before anything is made
        if (!(scale > 0 && scale <= 1000)) {
            throw new UserError("--scale must be above 0 and at most 1000, was " + scale, Main.BAD_INPUT);
        }
        if (maxAgents != null && maxAgents < 100) {
            throw new UserError("--max-agents must be at least 100, was " + maxAgents, Main.BAD_INPUT);
        }
        if (replications != null && (replications < 1 || replications > 1000)) {
            throw new UserError("--replications must be between 1 and 1000, was " + replications, Main.BAD_INPUT);
        }
        Predictions.Sizing sizing = new Predictions.Sizing(scale, maxAgents == null ? Integer.MAX_VALUE : maxAgents);
        List<String> names = new ArrayList<>(scenarios);
        if (all) {
            names.addAll(BundledScenarios.names());
        }
        if (names.isEmpty()) {
            throw new UserError("name the scenarios to test, or give --all for every bundled one", Main.BAD_INPUT);
        }
        if (csv != null) {
            // Said now, not after every scenario has run.
            Path parent = csv.toAbsolutePath().getParent();
            if (Files.isDirectory(csv) || parent == null || !Files.isDirectory(parent)) {
                throw new UserError("--csv " + csv + ": " + (Files.isDirectory(csv) ? "is a folder; name a file"
                        : "its folder " + parent + " does not exist"), Main.BAD_INPUT);
            }
            for (String name : names) {
                Path given = Path.of(name);
                if (Files.isRegularFile(given)) {
                    OutputTarget.notTheInput("--csv", csv, given, "scenario");
                }
            }
            OutputTarget.replaceable("--csv", csv, HEADER);
        }
        int cores = threads.count();
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        int failed = 0;
        int judged = 0;
        int passed = 0;
        int known = 0;
        int notJudged = 0;
        List<String> silent = new ArrayList<>();
        for (String name : names) {
            LoadedScenario loaded = ScenarioLoader.load(ScenarioLoader.locate(name), overrides);
            Scenario stated = loaded.scenario();
            if (stated.expect().isEmpty()) {
                silent.add(name);
                continue;
            }
            Scenario s = Predictions.withinTheRun(stated);
            List<Expectation> beyond = stated.expect().stream().filter(e -> !Predictions.withinTheRun(e, stated)).toList();
            notJudged += beyond.size();
            if (s.expect().isEmpty()) {
                if (!quiet) {
                    out.println(name);
                    beyond.forEach(e -> out.println(PredictionLines.notJudged(e, stated)));
                }
                continue;
            }
            int n = replications != null ? replications : Math.max(defaultReplications(s, sizing), s.experiment().replications());
            List<Judgement> js;
            try {
                js = Predictions.test(loaded, s, sizing, n, Math.min(n, cores), Math.max(1, cores / Math.min(n, cores)),
                        StatusLine.onStandardError(quiet), cache.worlds());
            } catch (ScenarioException e) {
                throw e;
            }
            if (!quiet) {
                out.printf(Locale.ROOT, "%s (%,d agents, %d replications%s)%n", name,
                        sizing.of(s.population().size()), n, overrides.isEmpty() ? "" : "; --set " + String.join(" ", overrides));
            }
            for (Judgement j : js) {
                judged++;
                passed += j.verdict() == Judgement.Verdict.PASS ? 1 : 0;
                known += j.expectation().bornOut() ? 0 : 1;
                if (j.failed()) {
                    failed++;
                }
                rows.add(row(name, j, String.join(";", overrides)));
                if (!quiet || j.failed()) {
                    if (quiet) {
                        out.println(name);
                    }
                    out.println(PredictionLines.line(j));
                }
            }
            if (!quiet) {
                beyond.forEach(e -> out.println(PredictionLines.notJudged(e, stated)));
            }
        }
        if (!silent.isEmpty() && !quiet) {
            out.println("states no predictions: " + String.join(", ", silent));
        }
        out.printf(Locale.ROOT, "%d of %d predictions pass%s%s%s%n", passed, judged,
                known == 0 ? "" : "; " + known + " marked bornOut: false (reported, not failures)",
                failed == 0 ? "" : "; " + failed + " not borne out (see above)",
                notJudged == 0 ? "" : "; " + notJudged + " not judged (about days after the run ends)");
        out.flush();
        if (csv != null) {
            writeCsv(rows);
        }
        return failed == 0 ? Main.OK : Main.FAILED;
    }



    private static String[] row(String scenario, Judgement j, String settings) {
        Expectation e = j.expectation();
        return new String[] {scenario, e.measure(), e.at(), e.compare() == null ? "" : e.compare(),
            e.direction().name(), e.within() == null ? "" : e.within().get(0) + ".." + e.within().get(1),
            Integer.toString(j.n()), Csv.number(j.value()), Csv.number(j.reference()), Csv.number(j.difference()),
            Csv.number(j.low()), Csv.number(j.high()),
            j.verdict().word, Boolean.toString(e.bornOut()), e.why(), settings};
    }

    private void writeCsv(List<String[]> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                b.append(k == 0 ? "" : ",").append(Csv.text(r[k]));
            }
            b.append('\n');
        }
        try {
            Csv.writeAtomically(csv, b.toString());
        } catch (IOException e) {
            throw new UserError("cannot write " + csv + ": " + Failures.describe(e), Main.FAILED, e);
        }
    }


    /** The replications a scenario gets unless it or --replications asks for more. */
    static int defaultReplications(Scenario s, Predictions.Sizing sizing) {
        int written = s.population().size();
        return 10L * sizing.of(written) <= written ? SCALED_DOWN_REPLICATIONS : Predictions.DEFAULT_REPLICATIONS;
    }
}
