package org.lonelyloop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.lonelyloop.analysis.Targets;
import org.lonelyloop.experiment.CalibrationStudy;
import org.lonelyloop.model.Scenario;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop check}: the target scorecard. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run a scenario, measure it as the studies measured, and compare with empirical targets.",
            "Prints target, empirical, simulated, tolerance and pass or fail; exits 1 if any target fails."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "targets/nl", paramLabel = "TARGETS",
            description = "A bundled targets file by name or a path. Default: ${DEFAULT-VALUE}.")
    String targets;

    @picocli.CommandLine.Mixin
    WorldCacheOptions cache;

    @Option(names = "--agents", description = "Agents per run (default: the targets file's).")
    Integer agents;

    @Option(names = "--replications", description = "Runs to average (default: the targets file's).")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Override
    public Integer call() throws Exception {
        cache.worlds(); // a bad cache setting is said before anything is made
        boolean isPath = isPath();
        Targets t = read(isPath);
        int n = agents != null ? agents : t.agents();
        int reps = replications != null ? replications : t.replications();
        if (n < 500) {
            throw new UserError((agents != null ? "--agents" : "the targets file's agents:") + " must be at least 500 "
                    + "(the instruments need that many people), was " + n, Main.BAD_INPUT);
        }
        if (reps < 1) {
            throw new UserError((replications != null ? "--replications" : "the targets file's replications:")
                    + " must be at least 1, was " + reps, Main.BAD_INPUT);
        }
        ScenarioSource source = resolve(t.scenario(), isPath);
        Scenario s = ScenarioLoader.override(ScenarioLoader.load(source).scenario(),
                List.of("population.size=" + n, "duration=" + t.years() + "y"));
        int th = RunSettings.threads(threads);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "check %s: scenario %s, %,d agents, %d years, %d replication(s)%n", t.name(), s.name(), n,
                t.years(), reps);
        out.flush();
        Scenario trial = t.trial() == null ? null : ScenarioLoader.load(resolve(t.trial(), isPath)).scenario();
        Scenario events = t.events() == null ? null : ScenarioLoader.load(resolve(t.events(), isPath)).scenario();
        org.lonelyloop.experiment.SettledWorlds worlds = cache.worlds();
        Map<String, double[]> runs = new LinkedHashMap<>();
        List<String> eventTables = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            Map<String, Double> m = new LinkedHashMap<>(CalibrationStudy.measure(s, s.seed() + r, th,
                    CalibrationStudy.Design.standard(), worlds));
            if (trial != null) {
                m.putAll(CalibrationStudy.trial(trial, trial.seed() + r, th));
            }
            if (events != null) {
                org.lonelyloop.study.EventStudy study = CalibrationStudy.eventStudy(events, events.seed() + r, th, worlds);
                m.putAll(study.measures());
                eventTables.add(study.table());
            }
            for (Map.Entry<String, Double> e : m.entrySet()) {
                runs.computeIfAbsent(e.getKey(), k -> new double[reps])[r] = e.getValue();
            }
        }
        out.printf(Locale.ROOT, "%-32s %10s %10s %-16s %-22s %s%n", "target", "empirical", "simulated", "(range)",
                "accepted", "result");
        int failed = 0;
        for (Targets.Target target : t.targets()) {
            double[] v = runs.get(target.measure());
            double mean = mean(v);
            boolean pass = target.tolerance().accepts(target.value(), mean);
            failed += pass ? 0 : 1;
            out.printf(Locale.ROOT, "%-32s %10.4g %10.4g %-16s %-22s %s%n", target.measure(), target.value(), mean,
                    range(v), target.tolerance().describe(target.value()), pass ? "pass" : "FAIL");
        }
        out.printf(Locale.ROOT, "%d of %d targets pass%n", t.targets().size() - failed, t.targets().size());
        for (int r = 0; r < eventTables.size(); r++) {
            out.println();
            out.printf(Locale.ROOT, "event study (%s, replication %d): loneliness after each event against matched "
                    + "people without it, in standard deviations of the De Jong Gierveld score%n", events.name(), r + 1);
            out.print(eventTables.get(r));
        }
        if (runs.containsKey("truePassiveToLoneliness")) {
            out.println();
            out.println("within-person cross-lags, standardised: the truth (by intervention in the simulation) beside "
                    + "each estimator");
            out.printf(Locale.ROOT, "  %-34s %9s %9s %14s%n", "", "true", "RI-CLPM", "fixed effects");
            String[][] lags = {{"passive use -> later loneliness", "PassiveToLoneliness"},
                {"loneliness -> later passive use", "LonelinessToPassive"},
                {"active use -> later loneliness", "ActiveToLoneliness"},
                {"loneliness -> later active use", "LonelinessToActive"}};
            for (String[] lag : lags) {
                out.printf(Locale.ROOT, "  %-34s %9.3f %9.3f %14.3f%n", lag[0], mean(runs.get("true" + lag[1])),
                        mean(runs.get("riclpm" + lag[1])), mean(runs.get("panel" + lag[1])));
            }
        }
        out.flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    /** Whether {@link #targets} names a file rather than a bundled targets file. */
    boolean isPath() {
        return targets.endsWith(".yaml") || targets.contains("/") && Files.exists(Path.of(targets));
    }

    /** A scenario a targets file names: bundled by name, or a path relative to the targets file. */
    ScenarioSource resolve(String name, boolean isPath) throws ScenarioException {
        if (isPath) {
            Path beside = Path.of(targets).toAbsolutePath().getParent().resolve(name);
            if (Files.isRegularFile(beside)) {
                return ScenarioSource.file(beside);
            }
        }
        return ScenarioLoader.locate(name);
    }

    Targets read(boolean isPath) throws IOException {
        Targets t;
        String where = isPath ? targets : "bundled:" + targets + ".yaml";
        if (isPath && !Files.isRegularFile(Path.of(targets))) {
            throw new UserError("no such targets file: " + targets + (Files.exists(Path.of(targets))
                    ? " is not a regular file" : "") + " (the bundled ones: targets/nl)", Main.BAD_INPUT);
        }
        try (InputStream in = isPath ? Files.newInputStream(Path.of(targets))
                : getClass().getClassLoader().getResourceAsStream(ScenarioSource.BUNDLE_ROOT + targets + ".yaml")) {
            if (in == null) {
                throw new UserError("no bundled targets file " + targets + " (scenarios/targets/ holds them)", Main.BAD_INPUT);
            }
            byte[] text = in.readAllBytes();
            unknownTopLevelKey(YAML.readTree(text), where);
            // Mapped from the text again, not the tree, so that a problem keeps its line and column.
            t = YAML.readValue(text, Targets.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var l = e.getLocation();
            throw new UserError(where + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr()) + ": "
                    + targetsProblem(e), Main.BAD_INPUT);
        }
        if (t.targets() == null || t.targets().isEmpty()) {
            throw new UserError(where + ": targets: lists no target; a scorecard needs at least one", Main.BAD_INPUT);
        }
        List<String> problems = new ArrayList<>();
        List<String> known = List.of(knownMeasures());
        for (int k = 0; k < t.targets().size(); k++) {
            Targets.Target target = t.targets().get(k);
            if (!known.contains(target.measure())) {
                problems.add("targets[" + k + "].measure: unknown measure '" + target.measure() + "'");
            }
            String p = target.tolerance() == null ? "is missing" : target.tolerance().problem();
            if (p != null) {
                problems.add("targets[" + k + "].tolerance: " + p);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(where + ": " + String.join("; ", problems), Main.BAD_INPUT);
        }
        return t;
    }

    /**
     * A misspelt top-level key, said before the mapping to the record reports only what the
     * misspelling left missing ("agents: is missing" for "agentz").
     */
    private static void unknownTopLevelKey(com.fasterxml.jackson.databind.JsonNode tree, String where) {
        if (tree == null || !tree.isObject()) {
            throw new UserError(where + ": not a targets file (it should be a map with name, scenario, agents, years, "
                    + "replications and targets)", Main.BAD_INPUT);
        }
        List<String> known = new ArrayList<>();
        for (var c : Targets.class.getRecordComponents()) {
            known.add(c.getName());
        }
        List<String> problems = new ArrayList<>();
        tree.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                String best = org.lonelyloop.scenario.DidYouMean.closest(k, known);
                problems.add("unknown key '" + k + "'" + (best == null ? "" : "; did you mean '" + best + "'?"));
            }
        });
        if (!problems.isEmpty()) {
            throw new UserError(where + ": " + String.join("; ", problems) + " (keys here: " + String.join(", ", known)
                    + ")", Main.BAD_INPUT);
        }
    }

    /** A targets file's mistake in its own words: the key path and what is wrong, no Java class names. */
    private static String targetsProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException)) {
            return e.getOriginalMessage();
        }
        var m = (com.fasterxml.jackson.databind.JsonMappingException) e;
        StringBuilder path = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        String at = path.length() == 0 ? "" : path + ": ";
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            String best = org.lonelyloop.scenario.DidYouMean.closest(u.getPropertyName(), known);
            return at + "unknown key '" + u.getPropertyName() + "'" + (best == null ? "" : "; did you mean '" + best
                    + "'?") + " (keys here: " + String.join(", ", known) + ")";
        }
        if (e.getOriginalMessage().contains("Cannot map `null`")) {
            return at + "is missing (a number)";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
                && (Number.class.isAssignableFrom(f.getTargetType()) || f.getTargetType().isPrimitive())) {
            return at + "must be a number, was '" + f.getValue() + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return at + "not the expected kind of value (a number, a text or a list, as docs/research.md shows)";
        }
        return at + e.getOriginalMessage();
    }

    /** Every measure a targets file may name. */
    static String[] knownMeasures() {
        return CalibrationStudy.measureNames().toArray(new String[0]);
    }

    private static double mean(double[] v) {
        if (v == null) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static String range(double[] v) {
        if (v == null || v.length < 2) {
            return "";
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return String.format(Locale.ROOT, "(%.3g-%.3g)", lo, hi);
    }
}
