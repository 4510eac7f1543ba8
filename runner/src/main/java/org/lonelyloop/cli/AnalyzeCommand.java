package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lonelyloop.analysis.EsmAnalysis;
import org.lonelyloop.analysis.EventAnalysis;
import org.lonelyloop.analysis.LavaanSyntax;
import org.lonelyloop.analysis.PanelAnalysis;
import org.lonelyloop.analysis.RiClpm;
import org.lonelyloop.analysis.PersonSpecificEffects;
import org.lonelyloop.analysis.SurveyAnalysis;
import org.lonelyloop.table.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop analyze}: estimators for the research instruments' outputs. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse what a run's research instruments recorded.",
        subcommands = {AnalyzeCommand.Panel.class, AnalyzeCommand.Events.class, AnalyzeCommand.Esm.class,
            AnalyzeCommand.Survey.class})
final class AnalyzeCommand implements Runnable {
    private static final String PANEL_HEADER = "estimator,use,effect,estimate,low,high,persons";
    private static final String PARAMETERS_HEADER = "estimator,use,parameter,estimate,se,z,p,low,high,std";
    private static final String FIT_HEADER = "estimator,use,missing,persons,logLikelihood,saturatedLogLikelihood,"
            + "chiSquare,df,pValue,baselineChiSquare,baselineDf,cfi,rmsea,srmr,note";
    private static final String EVENTS_HEADER = "event,wave,meanDays,effect,low,high,events";
    private static final String ESM_HEADER = "measure,value";
    private static final String SURVEY_HEADER = "outcome,exposed,unexposed,adjusted,oddsRatio,low,high,exposedN,"
            + "exposedCases,unexposedN,unexposedCases";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to analyse, e.g. "
                + "'lonelyloop analyze panel results/x/panel.csv'");
    }

    /** {@code lonelyloop analyze panel FILE}: cross-lagged effects in both directions. */
    @Command(name = "panel", mixinStandardHelpOptions = true,
            description = {"Cross-lagged effects of a panel in long format (a run's panel.csv, or a study's data with "
                + "the columns id, wave, lonelinessScore, activeHours, passiveHours):",
                "active and passive use -> later loneliness and loneliness -> later use within persons, by the "
                + "random-intercept cross-lagged panel model (maximum likelihood), the classic cross-lagged panel "
                + "model and person-mean centring (with the between-person correlation and cluster-bootstrap "
                + "intervals), all standardised with 95 %% intervals. Prints a table and writes it as CSV.",
                "The likelihood models use everyone seen at least once, by full-information maximum likelihood "
                + "(--complete-cases: only those seen at every wave); every parameter (unstandardised with SE, z "
                + "and p, and standardised) goes to <table>-parameters.csv, chi-square, CFI, RMSEA and SRMR to "
                + "<table>-fit.csv, and the models as lavaan syntax, in an R script that fits them to the same "
                + "file, to <table>-models.R."})
    static final class Panel implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The panel, e.g. results/nl-adults-20261122-0930/panel.csv.")
        Path file;

        @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "500",
                description = "Bootstrap draws over persons. Default: ${DEFAULT-VALUE}.")
        int bootstrap;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--out", paramLabel = "CSV",
                description = "Where the table goes. Default: panel-analysis.csv beside FILE"
                    + " (an earlier such table is replaced; any other file is refused).")
        Path out;

        @Option(names = "--free-lags", description = "Let the RI-CLPM's and CLPM's lags differ from wave to wave "
                + "(one row per lag and wave) instead of holding them equal.")
        boolean freeLags;

        @Option(names = "--complete-cases", description = "Fit the RI-CLPM and CLPM to the persons seen at every "
                + "wave only (lavaan's missing = \"listwise\"), not to everyone by full information.")
        boolean completeCases;

        @Option(names = "--scenario", paramLabel = "SCENARIO",
                description = "The scenario that wrote the panel (with the same --set values): runs it again, nudges "
                    + "use or loneliness of half the panel a week before its middle wave in copies of the world, and "
                    + "reports the true lags beside the estimators' (docs/research.md).")
        String scenarioName;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "With --scenario: a value the run was given.")
        List<String> sets = new java.util.ArrayList<>();

        @Option(names = "--threads", paramLabel = "N", description = "With --scenario: worker threads (default: all cores).")
        Integer threads;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (bootstrap < 1) {
                throw new UserError("--bootstrap must be at least 1, was " + bootstrap, Main.BAD_INPUT);
            }
            Path target = target(out, file, "panel-analysis.csv", "panel", PANEL_HEADER);
            Path parametersFile = beside(target, "-parameters.csv", file, PARAMETERS_HEADER);
            Path fitFile = beside(target, "-fit.csv", file, FIT_HEADER);
            Path modelsFile = beside(target, "-models.R", file, LavaanSyntax.FIRST_LINE);
            PanelAnalysis panel = reading(file, "panel", () -> PanelAnalysis.read(file));
            RiClpm.Lags lags = freeLags ? RiClpm.Lags.FREE : RiClpm.Lags.INVARIANT;
            RiClpm.MissingWaves missing = completeCases ? RiClpm.MissingWaves.COMPLETE_CASES : RiClpm.MissingWaves.FIML;
            List<PanelAnalysis.Model> models = panel.models(lags, missing);
            List<PanelAnalysis.Row> rows = new java.util.ArrayList<>(panel.estimate(bootstrap, seed, models));
            if (scenarioName != null) {
                rows.addAll(0, PanelTruth.rows(panel, scenarioName, sets, RunSettings.threads(threads)));
            }
            PanelAnalysis.Shape s = panel.shape();
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: %,d persons, %d waves (%,d answered the last); %,d bootstrap draws%n", file,
                    s.persons(), s.waves(), s.atLastWave(), bootstrap);
            StringBuilder csv = new StringBuilder(PANEL_HEADER).append('\n');
            String estimator = "";
            for (PanelAnalysis.Row r : rows) {
                if (!r.estimator().equals(estimator)) {
                    estimator = r.estimator();
                    w.printf(Locale.ROOT, "  %-50s %9s   %s%n", estimator, "estimate", "95 % interval");
                }
                if (!r.note().isEmpty()) {
                    w.printf(Locale.ROOT, "  %-50s %9s   %s%n", PanelAnalysis.describe(r), "-", r.note());
                } else if (Double.isNaN(r.low())) {
                    w.printf(Locale.ROOT, "  %-50s %9.3f   (by intervention in the simulation)%n",
                            PanelAnalysis.describe(r), r.estimate());
                } else {
                    w.printf(Locale.ROOT, "  %-50s %9.3f   [%.3f, %.3f]%n", PanelAnalysis.describe(r), r.estimate(),
                            r.low(), r.high());
                }
                csv.append(r.estimator()).append(',').append(r.use()).append(',').append(r.effect()).append(',')
                        .append(Csv.number(r.estimate())).append(',').append(Csv.number(r.low())).append(',')
                        .append(Csv.number(r.high())).append(',').append(r.persons()).append('\n');
            }
            w.println("  all within-person effects are standardised; the RI-CLPM separates stable differences between "
                    + "persons from change within them, the CLPM does not, and fixed effects are biased towards zero "
                    + "by about 1/waves (docs/research.md)");
            printFits(w, models);
            w.println("written: " + write(target, csv.toString()));
            w.println("         " + write(parametersFile, parameters(models)));
            w.println("         " + write(fitFile, fits(models)));
            w.println("         " + write(modelsFile, LavaanSyntax.script(file.toAbsolutePath().toString(),
                    java.util.stream.IntStream.range(0, panel.shape().waves()).boxed().toList(),
                    List.of(new RiClpm.Options(true, lags, missing), new RiClpm.Options(false, lags, missing)))));
            w.flush();
            return Main.OK;
        }

        /** A file beside the table, named after it ({@code panel-analysis-fit.csv}), checked as the table is. */
        private static Path beside(Path table, String suffix, Path input, String header) {
            String name = table.getFileName().toString().replaceFirst("\\.csv$", "") + suffix;
            return target(table.toAbsolutePath().resolveSibling(name), input, name, "panel", header);
        }

        /** Each likelihood model's fit and its lags, unstandardised, under the table. */
        private static void printFits(PrintWriter w, List<PanelAnalysis.Model> models) {
            for (PanelAnalysis.Model m : models) {
                if (m.fit() == null) {
                    continue;
                }
                RiClpm.Fit f = m.fit();
                RiClpm.Quality q = f.quality();
                w.printf(Locale.ROOT, "  %s, %s use (%,d persons, %s): chi2(%d) = %.2f, p = %.3f; CFI %.3f, "
                        + "RMSEA %.3f, SRMR %.3f%n", m.estimator(), m.use(), f.persons(),
                        missing(f).replace('-', ' '), f.degreesOfFreedom(),
                        f.chiSquare(), q.pValue(), q.cfi(), q.rmsea(), q.srmr());
                StringBuilder lags = new StringBuilder("    ");
                for (RiClpm.Parameter p : f.parameters()) {
                    if (p.name().matches("[ab][XY]+")) {
                        lags.append(String.format(Locale.ROOT, "%s %.3f (SE %.3f, p %s)   ", p.name(), p.estimate(),
                                p.se(), p.p() < 0.001 ? "< .001" : String.format(Locale.ROOT, "%.3f", p.p())));
                    }
                }
                if (f.options().randomIntercepts()) {
                    lags.append(String.format(Locale.ROOT, "random intercepts r %.3f", f.get("riCov").standardized()));
                }
                w.println(lags.toString().stripTrailing());
            }
            w.println("  unstandardised lags: aX, aY autoregressions; bYX use -> later loneliness; bXY loneliness -> "
                    + "later use");
        }

        /** How the fit treated missed waves: fiml, complete-cases (as asked), or complete (nobody missed one). */
        private static String missing(RiClpm.Fit f) {
            return f.options().missing() == RiClpm.MissingWaves.COMPLETE_CASES ? "complete-cases"
                    : f.fullInformation() ? "fiml" : "complete";
        }

        private static String parameters(List<PanelAnalysis.Model> models) {
            StringBuilder b = new StringBuilder(PARAMETERS_HEADER).append('\n');
            for (PanelAnalysis.Model m : models) {
                if (m.fit() == null) {
                    continue;
                }
                for (RiClpm.Parameter p : m.fit().parameters()) {
                    b.append(m.estimator()).append(',').append(m.use()).append(',').append(p.name()).append(',')
                            .append(Csv.number(p.estimate())).append(',').append(Csv.number(p.se())).append(',')
                            .append(Csv.number(p.z())).append(',').append(Csv.number(p.p())).append(',')
                            .append(Csv.number(p.low())).append(',').append(Csv.number(p.high())).append(',')
                            .append(Csv.number(p.standardized())).append('\n');
                }
            }
            return b.toString();
        }

        private static String fits(List<PanelAnalysis.Model> models) {
            StringBuilder b = new StringBuilder(FIT_HEADER).append('\n');
            for (PanelAnalysis.Model m : models) {
                b.append(m.estimator()).append(',').append(m.use()).append(',');
                if (m.fit() == null) {
                    // missing, then persons (none), then the ten figures, NA
                    b.append("NA,0").append(",NA".repeat(10)).append(',').append(Csv.text(m.error())).append('\n');
                    continue;
                }
                RiClpm.Fit f = m.fit();
                RiClpm.Quality q = f.quality();
                b.append(missing(f)).append(',').append(f.persons()).append(',')
                        .append(Csv.number(f.logLikelihood())).append(',').append(Csv.number(q.saturatedLogLikelihood()))
                        .append(',').append(Csv.number(f.chiSquare())).append(',').append(f.degreesOfFreedom()).append(',')
                        .append(Csv.number(q.pValue())).append(',').append(Csv.number(q.baselineChiSquare())).append(',')
                        .append(q.baselineDegreesOfFreedom()).append(',').append(Csv.number(q.cfi())).append(',')
                        .append(Csv.number(q.rmsea())).append(',').append(Csv.number(q.srmr())).append(",\n");
            }
            return b.toString();
        }
    }

    /** {@code lonelyloop analyze events FILE}: a matched event study of a panel. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"A matched event study of a panel in long format (a run folder or its panel.csv, or a "
                + "household panel's data with the columns id, wave, lonelinessScore, partnered, events; age and day "
                + "used when present), as Buecker, Denissen and Luhmann (2021) studied life events in the LISS panel:",
                "people to whom an event happened between two waves against matched people with no event (same "
                + "partner status, nearest loneliness and age at the last wave before), change since that wave in "
                + "standard deviations of the score, with 95 %% intervals. Prints a table and writes it as CSV."})
    static final class Events implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The panel, or the run folder that holds it, e.g. "
                + "results/life-events-20261206-1900.")
        Path file;

        @Option(names = "--kinds", split = ",", paramLabel = "EVENT",
                description = "Events to follow, e.g. widowhood,separation (default: every event the panel records).")
        List<String> kinds = new java.util.ArrayList<>();

        @Option(names = "--controls", paramLabel = "N", defaultValue = "3",
                description = "Matched controls per event. Default: ${DEFAULT-VALUE}.")
        int controls;

        @Option(names = "--before", paramLabel = "WAVES", defaultValue = "1",
                description = "Waves before the baseline to report (placebo checks). Default: ${DEFAULT-VALUE}.")
        int before;

        @Option(names = "--after", paramLabel = "WAVES", defaultValue = "2",
                description = "Waves after the first one after the event to report. Default: ${DEFAULT-VALUE}.")
        int after;

        @Option(names = "--out", paramLabel = "CSV",
                description = "Where the table goes. Default: event-analysis.csv beside the panel"
                    + " (an earlier such table is replaced; any other file is refused).")
        Path out;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (controls < 1 || controls > 100) {
                throw new UserError("--controls must be 1 to 100, was " + controls, Main.BAD_INPUT);
            }
            if (before < 0 || after < 0 || before > 50 || after > 50) {
                throw new UserError("--before and --after must be 0 to 50 waves, were " + before + " and " + after,
                        Main.BAD_INPUT);
            }
            Path panelFile = file;
            if (Files.isDirectory(file)) {
                panelFile = file.resolve("panel.csv");
                if (!Files.exists(panelFile)) {
                    throw new UserError(file + " holds no panel.csv: the run's scenario had no panel: section, which "
                            + "records loneliness, partner status and events at each wave (docs/scenarios.md)",
                            Main.BAD_INPUT);
                }
            }
            Path panelPath = panelFile;
            Path target = target(out, panelPath, "event-analysis.csv", "panel", EVENTS_HEADER);
            EventAnalysis study = reading(panelPath, "panel", () -> EventAnalysis.read(panelPath));
            List<String> follow = kinds.isEmpty() ? study.kinds() : kinds;
            if (follow.isEmpty()) {
                throw new UserError(panelPath + ": no event is recorded in any wave; nothing to follow", Main.BAD_INPUT);
            }
            List<EventAnalysis.Row> rows = new java.util.ArrayList<>();
            for (String k : follow) {
                rows.addAll(reading(panelPath, "panel", () -> study.estimate(k, controls, before, after)));
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: %,d persons; score SD %.3f at the first wave; %d matched controls per event%n",
                    panelPath, study.persons(), study.scoreSd(), controls);
            w.printf(Locale.ROOT, "  %-12s %5s %8s %8s  %-18s %7s%n", "event", "wave", "days", "effect", "95 % interval",
                    "events");
            StringBuilder csv = new StringBuilder(EVENTS_HEADER).append('\n');
            for (EventAnalysis.Row r : rows) {
                boolean none = Double.isNaN(r.low());
                w.printf(Locale.ROOT, "  %-12s %+5d %8s %8s  %-18s %7d%n", r.kind(), r.wave(),
                        Double.isNaN(r.meanDays()) ? "-" : String.format(Locale.ROOT, "%.0f", r.meanDays()),
                        Double.isNaN(r.effect()) ? "-" : String.format(Locale.ROOT, "%.3f", r.effect()),
                        none ? (r.events() == 0 ? "no wave there" : "too few events")
                            : String.format(Locale.ROOT, "%.3f to %.3f", r.low(), r.high()), r.events());
                csv.append(Csv.text(r.kind())).append(',').append(r.wave()).append(',').append(Csv.number(r.meanDays()))
                        .append(',').append(Csv.number(r.effect())).append(',').append(Csv.number(r.low())).append(',')
                        .append(Csv.number(r.high())).append(',').append(r.events()).append('\n');
            }
            w.println("  wave 0 is the first wave after the event, -1 the baseline every change is measured from; "
                    + "waves before it are placebo checks (docs/research.md)");
            w.println("written: " + write(target, csv.toString()));
            w.flush();
            return Main.OK;
        }
    }

    /** {@code lonelyloop analyze esm FILE}: the shares of person-specific effects. */
    @Command(name = "esm", mixinStandardHelpOptions = true,
            description = {"Person-specific effects of passive use on mood from experience sampling in long format "
                + "(a run's esm.csv, or a study's data with the columns id, mood, passiveMinutes): each person's "
                + "standardised within-person slope, shrunk by empirical Bayes, classified as worse, no effect or "
                + "better (Beyens et al. 2020). Prints the shares and writes them as CSV."})
    static final class Esm implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The experience-sampling data, e.g. results/x/esm.csv.")
        Path file;

        @Option(names = "--threshold", defaultValue = "0.05",
                description = "Standardised effects within +-this count as no effect. Default: ${DEFAULT-VALUE}.")
        double threshold;

        @Option(names = "--out", paramLabel = "CSV",
                description = "Where the table goes. Default: esm-analysis.csv beside FILE"
                    + " (an earlier such table is replaced; any other file is refused).")
        Path out;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!(threshold >= 0 && threshold < 1)) {
                throw new UserError("--threshold must be between 0 and 1, was " + threshold, Main.BAD_INPUT);
            }
            Path target = target(out, file, "esm-analysis.csv", "experience-sampling file", ESM_HEADER);
            PersonSpecificEffects.Shares s = reading(file, "experience-sampling", () -> EsmAnalysis.estimate(file, threshold));
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: %,d persons; effect of passive use on mood, standardised, shrunk by empirical "
                    + "Bayes%n", file, s.persons());
            w.printf(Locale.ROOT, "  worse (below -%.2f)      %5.1f %%%n", threshold, 100 * s.worse());
            w.printf(Locale.ROOT, "  no effect                %5.1f %%%n", 100 * s.none());
            w.printf(Locale.ROOT, "  better (above +%.2f)     %5.1f %%%n", threshold, 100 * s.better());
            w.printf(Locale.ROOT, "  mean effect %.3f, between-person SD %.3f%n", s.meanEffect(), s.betweenSd());
            String csv = ESM_HEADER + "\nworse," + Csv.number(s.worse()) + "\nnone," + Csv.number(s.none())
                    + "\nbetter," + Csv.number(s.better()) + "\npersons," + s.persons() + "\nmeanEffect,"
                    + Csv.number(s.meanEffect()) + "\nbetweenSd," + Csv.number(s.betweenSd()) + "\nthreshold,"
                    + Csv.number(threshold) + "\n";
            w.println("written: " + write(target, csv));
            w.flush();
            return Main.OK;
        }
    }

    /** {@code lonelyloop analyze survey FILE}: an odds ratio from a cross-section. */
    @Command(name = "survey", mixinStandardHelpOptions = true,
            description = {"An odds ratio from a cross-sectional survey (a run's survey.csv, or any CSV with a 0/1 "
                + "outcome column): the odds of --outcome among the --exposed against the --unexposed, by logistic "
                + "regression adjusted for the --adjust columns, with a Wald 95 %% interval.",
                "Example: analyze survey survey.csv --outcome depressed --exposed 'platforms>=7' --unexposed "
                + "'platforms<=2' --adjust age,useMinutes"})
    static final class Survey implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The survey, e.g. results/x/survey.csv.")
        Path file;

        @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "A 0/1 column, e.g. depressed.")
        String outcome;

        @Option(names = "--exposed", required = true, paramLabel = "CONDITION", description = "Who is exposed, e.g. platforms>=7.")
        String exposed;

        @Option(names = "--unexposed", paramLabel = "CONDITION",
                description = "The comparison group, e.g. platforms<=2 (default: everyone not exposed).")
        String unexposed;

        @Option(names = "--adjust", split = ",", paramLabel = "COLUMN", description = "Covariates, e.g. age,useMinutes.")
        List<String> adjust = new java.util.ArrayList<>();

        @Option(names = "--out", paramLabel = "CSV",
                description = "Where the estimate goes (an earlier such table is replaced; any other file is refused)."
                    + " Default:%n  survey-analysis.csv beside FILE")
        Path out;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path target = target(out, file, "survey-analysis.csv", "survey", SURVEY_HEADER);
            SurveyAnalysis.Condition exp = reading(file, "survey", () -> SurveyAnalysis.Condition.parse(exposed));
            SurveyAnalysis.Condition unexp = reading(file, "survey",
                    () -> unexposed == null ? null : SurveyAnalysis.Condition.parse(unexposed));
            SurveyAnalysis.Result r = reading(file, "survey", () -> SurveyAnalysis.estimate(file, outcome, exp, unexp, adjust));
            String against = unexp == null ? "not " + exp : unexp.toString();
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: odds of %s, %s against %s%s%n", file, outcome, exp, against,
                    adjust.isEmpty() ? "" : ", adjusted for " + String.join(", ", adjust));
            w.printf(Locale.ROOT, "  exposed   %,6d, of whom %,d with %s (%.1f %%)%n", r.exposed(), r.exposedCases(), outcome,
                    100.0 * r.exposedCases() / Math.max(1, r.exposed()));
            w.printf(Locale.ROOT, "  unexposed %,6d, of whom %,d with %s (%.1f %%)%n", r.unexposed(), r.unexposedCases(),
                    outcome, 100.0 * r.unexposedCases() / Math.max(1, r.unexposed()));
            w.printf(Locale.ROOT, "  odds ratio %.2f (95 %% interval %.2f to %.2f)%n", r.oddsRatio(), r.low(), r.high());
            String csv = SURVEY_HEADER + "\n" + Csv.text(outcome) + "," + Csv.text(exp.toString()) + "," + Csv.text(against)
                    + "," + Csv.text(String.join(" ", adjust)) + "," + Csv.number(r.oddsRatio()) + ","
                    + Csv.number(r.low()) + "," + Csv.number(r.high()) + "," + r.exposed() + "," + r.exposedCases() + ","
                    + r.unexposed() + "," + r.unexposedCases() + "\n";
            w.println("written: " + write(target, csv));
            w.flush();
            return Main.OK;
        }
    }

    /** Something read from a user's file, which may be missing, unreadable or not what it should be. */
    interface Reader<T> {
        T read() throws IOException;
    }

    /** Reads with every failure turned into a message naming the file (exit code 2). */
    static <T> T reading(Path file, String what, Reader<T> reader) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + " is a folder; give the " + what + " file (a CSV) inside it", Main.BAD_INPUT);
        }
        try {
            return reader.read();
        } catch (NoSuchFileException e) {
            throw new UserError("no such " + what + " file: " + file, Main.BAD_INPUT, e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(file + " is not UTF-8 text (is it a spreadsheet or another binary file?); export it "
                    + "as CSV in UTF-8", Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + Failures.describe(e), Main.BAD_INPUT, e);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        }
    }

    /** Writes a derived table atomically, replacing an earlier one; returns where. */
    /**
     * Where a subcommand's table goes ({@code --out}, else {@code defaultName} beside the input),
     * checked before any work: never the input it reads, and never an existing file that is not a
     * table with this {@code header}.
     */
    static Path target(Path out, Path input, String defaultName, String what, String header) {
        Path target = out != null ? out : input.toAbsolutePath().resolveSibling(defaultName);
        OutputTarget.notTheInput("--out", target, input, what);
        OutputTarget.replaceable("--out", target, header);
        return target;
    }

    /** Writes a table atomically (a {@link #target}). */
    static Path write(Path target, String content) {
        try {
            // Not createTempFile: its file is private (0600) whatever the umask, and it becomes the table.
            Path tmp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + Failures.describe(e), Main.FAILED, e);
        }
        return target;
    }
}
