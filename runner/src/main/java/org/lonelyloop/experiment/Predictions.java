package org.lonelyloop.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lonelyloop.analysis.Judgement;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.scenario.DidYouMean;
import org.lonelyloop.scenario.Expectation;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Problem;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * A scenario's stated predictions ({@code expect:}) put to the test: the arms they compare with
 * are worked out, run on the same seeds ({@link Arms}) and each prediction is judged over the
 * replications ({@link Judgement}).
 */
public final class Predictions {
    /** The arm of the scenario itself, as its series are named. */
    public static final String SCENARIO_ARM = "scenario";
    /**
     * Replications a prediction is judged over unless told otherwise ({@code test}; {@code compare}
     * runs at least this many).
     *
     * <p>Replications when neither the scenario nor --replications asks for more. With three, the 95 %
     * interval over them takes t = 4.30 (two degrees of freedom) and a level stated to within one and
     * a half points, as the national share strongly lonely is, was left unclear at 1,000 agents by
     * the ordinary spread between replications; five (t = 2.78, and the root of five) decide it.
     */
    public static final int DEFAULT_REPLICATIONS = 5;

    private Predictions() {
    }

    /**
     * The arms a scenario's predictions need: the scenario first, then each distinct thing compared
     * with, in the order first named.
     *
     * @param loaded the scenario, as loaded (its source locates a compared scenario given as a file)
     * @param sizing the population of every arm
     * @throws ScenarioException when a compared scenario cannot be loaded
     */
    public static List<Arms.Arm> arms(LoadedScenario loaded, Scenario s, Sizing sizing) throws ScenarioException {
        Map<String, Arms.Arm> arms = new LinkedHashMap<>();
        arms.put(SCENARIO_ARM, new Arms.Arm(SCENARIO_ARM, sizing.apply(s)));
        for (Expectation e : s.expect()) {
            String c = e.compare();
            if (!e.comparesArm() || arms.containsKey(c)) {
                continue;
            }
            boolean nothingToLeaveOut = c.equals(Expectation.WITHOUT_INTERVENTIONS) && s.interventions().isEmpty()
                    || c.equals(Expectation.WITHOUT_EVENTS) && s.events().isEmpty();
            // A variant without what the prediction leaves out (--set events=[]) is its own twin:
            // the difference is zero and the prediction shows it.
            arms.put(c, nothingToLeaveOut ? new Arms.Arm(c, sizing.apply(s)) : against(loaded, s, c, sizing));
        }
        return List.copyOf(arms.values());
    }

    /**
     * The arm a scenario is compared with: {@code without-interventions}, {@code without-events}, or
     * another scenario (a bundled name or a file beside the scenario's), run for this scenario's
     * duration.
     *
     * @throws ScenarioException when the other scenario cannot be loaded, runs shorter, or there is
     *                           nothing to leave out
     */
    public static Arms.Arm against(LoadedScenario loaded, Scenario s, String what, Sizing sizing)
            throws ScenarioException {
        String where = String.join(" <- ", loaded.sources());
        if (what.equals(Expectation.WITHOUT_INTERVENTIONS) || what.equals(Expectation.WITHOUT_EVENTS)) {
            boolean interventions = what.equals(Expectation.WITHOUT_INTERVENTIONS);
            if (interventions ? s.interventions().isEmpty() : s.events().isEmpty()) {
                throw new ScenarioException(new Problem(where, 0, 0, "", s.name() + " has no "
                        + (interventions ? "interventions" : "life events") + " to leave out"));
            }
            // Without interventions: each is still offered to the same people on the same day (so
            // measures of its participants compare like with like) but never kept to, so none acts.
            Scenario without = interventions
                    ? s.withInterventions(s.interventions().stream().map(InterventionTypes::offeredOnly).toList())
                    : s.withEvents(List.of());
            return new Arms.Arm(what, sizing.apply(without));
        }
        ScenarioSource source;
        try {
            source = locate(loaded, what);
        } catch (ScenarioException notAScenario) {
            String arm = DidYouMean.closest(what, List.of(Expectation.WITHOUT_INTERVENTIONS, Expectation.WITHOUT_EVENTS));
            if (arm == null) {
                throw notAScenario;
            }
            throw new ScenarioException(new Problem(what, 0, 0, "", "no such arm or scenario; did you mean '" + arm
                    + "'?"));
        }
        Scenario other = ScenarioLoader.load(source).scenario();
        if (other.duration().count() < s.duration().count()) {
            throw new ScenarioException(new Problem(where, 0, 0, "", "compares with " + what + ", which runs "
                    + other.duration() + ", less than " + s.name() + "'s " + s.duration()));
        }
        // The model is causal: a run cut at this scenario's end reads the same days as the whole. The
        // other scenario runs on this one's seeds.
        // The scenario's groups are followed in the other world too, so its predictions can read them there.
        return new Arms.Arm(what, sizing.apply(other.withDuration(s.duration()).withSeed(s.seed()).withGroups(s.groups())));
    }

    /** Runs the arms and judges every prediction. */
    public static List<Judgement> test(LoadedScenario loaded, Scenario s, Sizing sizing, int replications, int parallel,
            int threadsPerRun, StatusLine progress, SettledWorlds worlds) throws ScenarioException {
        Arms.Outcome o = Arms.run(arms(loaded, s, sizing), replications, parallel, threadsPerRun, progress, null, worlds);
        return judge(s, o);
    }

    /** Judges each of the scenario's predictions on runs of its arms. */
    public static List<Judgement> judge(Scenario s, Arms.Outcome o) {
        List<Judgement> out = new ArrayList<>();
        int own = o.arm(SCENARIO_ARM);
        for (Expectation e : s.expect()) {
            int n = o.replications();
            double[] values = new double[n];
            double[] refs = new double[n];
            for (int r = 0; r < n; r++) {
                Arms.Series mine = o.runs().get(r).get(own);
                int recorded = s.duration().count();
                values[r] = read(e, mine, e.fromDay(recorded), e.toDay(recorded));
                refs[r] = reference(e, o, r, recorded, mine);
            }
            out.add(Judgement.of(e, values, refs));
        }
        return out;
    }

    /**
     * What a prediction reads of a series over [from, to): its measure, of everyone or of its group,
     * less the same measure of what the group is contrasted with.
     */
    static double read(Expectation e, Arms.Series s, int from, int to) {
        double value = s.mean(s.column(measured(e)), from, to);
        return e.contrast() ? value - s.mean(s.column(contrasted(e)), from, to) : value;
    }

    /** The column a prediction reads: its measure, or its group's ({@code anxious.meanLoneliness}). */
    public static String measured(Expectation e) {
        return e.group() == null ? e.measure() : GroupSpec.members(e.group(), e.measure());
    }

    /** The column a contrast subtracts: the group's others' measure, or another group's. */
    public static String contrasted(Expectation e) {
        return e.versus().equals(GroupSpec.OTHERS) ? GroupSpec.others(e.group(), e.measure())
                : GroupSpec.members(e.versus(), e.measure());
    }

    /**
     * Whether the run records every day the prediction reads: a scenario that extends another and
     * runs shorter inherits predictions about days it never reaches, which are not judged (nor
     * counted) rather than reported as having no value.
     */
    public static boolean withinTheRun(Expectation e, Scenario s) {
        int recorded = s.duration().count();
        if (e.toDay(recorded) > recorded) {
            return false;
        }
        int[] window = e.compareWindow();
        return window == null || window[1] <= recorded;
    }

    /** The scenario with only the predictions its run can judge ({@link #withinTheRun}). */
    public static Scenario withinTheRun(Scenario s) {
        return s.withExpect(s.expect().stream().filter(e -> withinTheRun(e, s)).toList());
    }

    /** Whether a single run can judge it: compared with nothing, a number or a window of itself. */
    public static boolean selfContained(Expectation e) {
        return !e.comparesArm();
    }

    /**
     * The predictions one run can judge by itself ({@link #selfContained}), from its recorded
     * measures; the others need their comparison arms ('lonelyloop test').
     */
    public static List<Judgement> judgeRun(Scenario s, Arms.Series run) {
        Scenario own = s.withExpect(s.expect().stream().filter(e -> selfContained(e) && withinTheRun(e, s)).toList());
        Arms.Outcome o = new Arms.Outcome(List.of(new Arms.Arm(SCENARIO_ARM, s)), new long[] {s.seed()},
                List.of(List.of(run)), 0);
        return judge(own, o);
    }

    private static double reference(Expectation e, Arms.Outcome o, int r, int recorded, Arms.Series mine) {
        if (e.compare() == null) {
            return 0;
        }
        Double number = e.compareNumber();
        if (number != null) {
            return number;
        }
        int[] window = e.compareWindow();
        if (window != null) {
            return read(e, mine, window[0], window[1]);
        }
        return read(e, o.runs().get(r).get(o.arm(e.compare())), e.fromDay(recorded), e.toDay(recorded));
    }

    /**
     * How big the arms' populations are: as written times {@code scale}, at most {@code maxAgents};
     * scaling down stops at 100 agents (or the population's own size, if smaller), since fewer make
     * every measure noise. The time line stays as written, so the days interventions, events and
     * predictions name keep their meaning.
     */
    public record Sizing(double scale, int maxAgents) {
        public static final Sizing AS_WRITTEN = new Sizing(1, Integer.MAX_VALUE);

        public int of(int size) {
            long n = Math.min(Math.round(size * scale), maxAgents);
            return (int) Math.max(n, Math.min(size, 100));
        }

        public Scenario apply(Scenario s) {
            int size = of(s.population().size());
            return size == s.population().size() ? s : s.withPopulation(s.population().withSize(size));
        }
    }

    /** A compared scenario, found beside the scenario file that names it. */
    private static ScenarioSource locate(LoadedScenario loaded, String name) throws ScenarioException {
        return ScenarioLoader.locateBeside(loaded.sources().isEmpty() ? "" : loaded.sources().get(0), name);
    }
}
