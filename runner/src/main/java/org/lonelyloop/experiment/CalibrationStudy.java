package org.lonelyloop.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lonelyloop.analysis.CrossLaggedPanel;
import org.lonelyloop.analysis.LogisticRegression;
import org.lonelyloop.analysis.LonelinessClustering;
import org.lonelyloop.analysis.PersonSpecificEffects;
import org.lonelyloop.analysis.RiClpm;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MeasureParams;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.study.Instruments;

/**
 * One run of a scenario, measured with every instrument the calibration targets need:
 * <ul>
 * <li>the CBS figures: shares not / somewhat / strongly lonely, overall and by age band, averaged
 * over the daily values of the run's last year; the share with problematic use, likewise;</li>
 * <li>an experience-sampling study (Beyens et al. 2020): agents aged 15-19, mood and passive use on
 * each of the last 35 days (as many occasions as six a day for a week), person-specific effects
 * classified by {@link PersonSpecificEffects};</li>
 * <li>a cross-sectional survey of ages 19-32 (as Primack et al. 2017 and Levenson et al. 2017) on
 * the last day: odds ratios by logistic regression, adjusted for age and minutes of use;</li>
 * <li>a yearly panel (as Roberts et al. 2025: up to 9 waves) of a random sample: De Jong Gierveld
 * scores with item noise and self-reported weekly hours, analysed by {@link CrossLaggedPanel}.</li>
 * </ul>
 * The instruments draw from their own generator seeded from the run's seed, so measuring never
 * changes what is measured.
 */
public final class CalibrationStudy {
    static final String PASSIVE_USE_WORSE = "passiveUseWorse";
    static final String PASSIVE_USE_NO_EFFECT = "passiveUseNoEffect";
    static final String PASSIVE_USE_BETTER = "passiveUseBetter";
    /** The esm measures, in the order they are written. */
    public static final List<String> ESM_MEASURES = List.of(PASSIVE_USE_WORSE, PASSIVE_USE_NO_EFFECT,
            PASSIVE_USE_BETTER);

    static final String PANEL_PASSIVE_TO_LONELINESS = "panelPassiveToLoneliness";
    static final String PANEL_LONELINESS_TO_PASSIVE = "panelLonelinessToPassive";
    static final String PANEL_ACTIVE_TO_LONELINESS = "panelActiveToLoneliness";
    static final String PANEL_LONELINESS_TO_ACTIVE = "panelLonelinessToActive";
    static final String PANEL_BETWEEN_PASSIVE_LONELINESS = "panelBetweenPassiveLoneliness";
    static final String PANEL_BETWEEN_ACTIVE_LONELINESS = "panelBetweenActiveLoneliness";
    /** The panel measures, in the order they are written. */
    public static final List<String> PANEL_MEASURES = List.of(PANEL_PASSIVE_TO_LONELINESS, PANEL_LONELINESS_TO_PASSIVE,
            PANEL_ACTIVE_TO_LONELINESS, PANEL_LONELINESS_TO_ACTIVE, PANEL_BETWEEN_PASSIVE_LONELINESS,
            PANEL_BETWEEN_ACTIVE_LONELINESS);

    static final String TRUE_PASSIVE_TO_LONELINESS = "truePassiveToLoneliness";
    static final String TRUE_LONELINESS_TO_PASSIVE = "trueLonelinessToPassive";
    static final String TRUE_ACTIVE_TO_LONELINESS = "trueActiveToLoneliness";
    static final String TRUE_LONELINESS_TO_ACTIVE = "trueLonelinessToActive";
    /** The truth measures, in the order they are written. */
    public static final List<String> TRUTH_MEASURES = List.of(TRUE_PASSIVE_TO_LONELINESS, TRUE_LONELINESS_TO_PASSIVE,
            TRUE_ACTIVE_TO_LONELINESS, TRUE_LONELINESS_TO_ACTIVE);

    static final String ODDS_RATIO_DEPRESSION_PLATFORMS = "oddsRatioDepressionPlatforms";
    static final String ODDS_RATIO_ANXIETY_PLATFORMS = "oddsRatioAnxietyPlatforms";
    static final String ODDS_RATIO_SLEEP_BEDTIME_USE = "oddsRatioSleepBedtimeUse";
    /** The cross-section measures, in the order they are written. */
    public static final List<String> CROSS_SECTION_MEASURES = List.of(ODDS_RATIO_DEPRESSION_PLATFORMS,
            ODDS_RATIO_ANXIETY_PLATFORMS, ODDS_RATIO_SLEEP_BEDTIME_USE);

    static final String CORRELATION_USE_LONELINESS = "correlationUseLoneliness";
    static final String CORRELATION_PASSIVE_LONELINESS = "correlationPassiveLoneliness";
    static final String CORRELATION_ACTIVE_LONELINESS = "correlationActiveLoneliness";
    /** The correlation measures, in the order they are written. */
    public static final List<String> CORRELATION_MEASURES = List.of(CORRELATION_USE_LONELINESS,
            CORRELATION_PASSIVE_LONELINESS, CORRELATION_ACTIVE_LONELINESS);

    /**
     * The RI-CLPM's standardised cross-lags for one kind of use ({@code Passive}, {@code Active}):
     * use to loneliness, its interval's lower end, loneliness to use, its lower end.
     */
    static List<String> riclpm(String use) {
        String toLoneliness = "riclpm" + use + "ToLoneliness";
        String toUse = "riclpmLonelinessTo" + use;
        return List.of(toLoneliness, toLoneliness + "Low", toUse, toUse + "Low");
    }

    /**
     * Every measure the study can write, each named once, here: what a targets file may compare
     * ({@code lonelyloop check}, {@code calibrate}) and what reports show.
     */
    public static List<String> measureNames() {
        List<String> all = new ArrayList<>(YEAR_MEASURES);
        all.addAll(ESM_MEASURES);
        all.addAll(org.lonelyloop.study.LonelinessSurvey.measures());
        all.addAll(CROSS_SECTION_MEASURES);
        all.addAll(CORRELATION_MEASURES);
        all.addAll(CLUSTERING_MEASURES);
        all.addAll(PANEL_MEASURES);
        all.addAll(riclpm("Passive"));
        all.addAll(riclpm("Active"));
        all.addAll(TRUTH_MEASURES);
        all.addAll(TRIAL_MEASURES);
        all.addAll(org.lonelyloop.study.EventStudy.measureNames(org.lonelyloop.study.EventStudy.KINDS));
        return List.copyOf(all);
    }

    /** Sizes and windows of the instruments; a panel size or ESM length of 0 leaves that instrument out. */
    public record Design(int panelSize, int esmDays, double esmMinAge, double esmMaxAge, double surveyMinAge,
            double surveyMaxAge, int bootstrap, int correlationSize, boolean groundTruth, int clusteringEgos) {
        public static Design standard() {
            return new Design(7000, 35, 15, 20, 19, 33, 200, 5000, true, 3000);
        }

        public Design withoutPanel() {
            return new Design(0, esmDays, esmMinAge, esmMaxAge, surveyMinAge, surveyMaxAge, bootstrap, correlationSize,
                    false, clusteringEgos);
        }
    }

    private CalibrationStudy() {
    }

    /** Runs the scenario and returns every measure by name (see docs/research.md). */
    public static Map<String, Double> measure(Scenario measured, long seed, int threads, Design design) {
        return measure(measured, seed, threads, design, SettledWorlds.off());
    }

    /** As {@link #measure(Scenario, long, int, Design)}, from a settled world kept in {@code worlds} if there is one. */
    public static Map<String, Double> measure(Scenario measured, long seed, int threads, Design design,
            SettledWorlds worlds) {
        // The instruments read every day, whatever the scenario records for its own outputs.
        Scenario scenario = measured.withOutputs(measured.outputs().every(Days.of(1)));
        // Every instrument reads recorded days only: it may be attached after the burn-in.
        LonelyLoop model = worlds.settle(scenario, seed, threads);
        int days = scenario.duration().count();
        int lastYearFrom = Math.max(0, days - 365);
        int esmFrom = Math.max(0, days - design.esmDays());
        int waves = Math.min(9, days / 365 + 1);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, double[]> yearSums = new LinkedHashMap<>();
        int[] yearDays = {0};
        State state = new State();
        org.lonelyloop.study.LonelinessSurvey cbs = new org.lonelyloop.study.LonelinessSurvey();
        int cbsEvery = Math.max(1, Math.min(365, days) / 12);
        model.addObserver(r -> {
            int day = r.day();
            // The CBS survey by age, subscale and household, once a month over the last year.
            if (day >= lastYearFrom && (day - lastYearFrom) % cbsEvery == cbsEvery - 1) {
                cbs.take(model);
            }
            if (day == 0 && design.panelSize() > 0) {
                int[] all = new int[model.populationSize()];
                for (int i = 0; i < all.length; i++) {
                    all[i] = i;
                }
                state.panel = Instruments.sample(all, Math.min(all.length, design.panelSize()), random);
                state.week = new Instruments.WeekOfUse(state.panel);
                state.loneliness = new double[state.panel.length][waves];
                state.active = new double[state.panel.length][waves];
                state.passive = new double[state.panel.length][waves];
            }
            if (state.week != null) {
                state.week.record(model, day);
            }
            if (state.week != null && day % 365 == 0 && day / 365 < waves) {
                int w = day / 365;
                for (int k = 0; k < state.panel.length; k++) {
                    AgentView a = model.agent(state.panel[k]);
                    state.loneliness[k][w] = Instruments.djgScore(a, random, Instruments.ITEM_NOISE);
                    state.active[k][w] = Instruments.selfReport(state.week.activeHours(k), random, Instruments.REPORTING_ERROR);
                    state.passive[k][w] = Instruments.selfReport(state.week.passiveHours(k), random, Instruments.REPORTING_ERROR);
                }
            }
            if (day == esmFrom && design.esmDays() > 0) {
                state.esm = Instruments.agesBetween(model, design.esmMinAge(), design.esmMaxAge());
                state.esmMood = new double[state.esm.length][design.esmDays()];
                state.esmPassive = new double[state.esm.length][design.esmDays()];
            }
            if (day >= esmFrom && state.esm != null && day - esmFrom < design.esmDays()) {
                for (int k = 0; k < state.esm.length; k++) {
                    AgentView a = model.agent(state.esm[k]);
                    state.esmMood[k][day - esmFrom] = a.getMood();
                    state.esmPassive[k][day - esmFrom] = a.getPassiveMinutes();
                }
            }
            if (day >= lastYearFrom) {
                yearDays[0]++;
                for (String c : YEAR_MEASURES) {
                    double v = r.get(c);
                    if (!Double.isNaN(v)) {
                        yearSums.computeIfAbsent(c, k -> new double[1])[0] += v;
                    }
                }
            }
            if (day == days - 8 && design.correlationSize() > 0) {
                int[] adults = Instruments.agesBetween(model, 18, 200);
                state.correlationSample = Instruments.sample(adults, Math.min(adults.length, design.correlationSize()),
                        random);
                state.correlationWeek = new Instruments.WeekOfUse(state.correlationSample);
            }
            if (state.correlationWeek != null) {
                state.correlationWeek.record(model, day);
            }
            if (day == days - 1) {
                state.crossSection = crossSection(model, scenario.measures(), design);
                if (state.correlationWeek != null) {
                    state.correlations = correlations(model, state.correlationWeek, random);
                }
                if (design.clusteringEgos() > 0) {
                    state.clustering = clustering(model, design.clusteringEgos(), random);
                }
            }
        });
        // The ground truth of the panel's cross-lags: worlds branched a week before this wave.
        int truthWave = waves / 2;
        int branchDay = truthWave * 365 - 7;
        PanelGroundTruth[] truth = {null};
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (design.groundTruth() && state.panel != null && waves >= 4 && day == branchDay) {
                    truth[0] = PanelGroundTruth.branch(run, state.panel, truthWave * 365, seed);
                }
            }
        }).run();
        PanelGroundTruth.Lags trueLags = truth[0] != null && truth[0].done() ? truth[0].lags() : null;

        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : yearSums.entrySet()) {
            out.put(e.getKey(), e.getValue()[0] / yearDays[0]);
        }
        if (state.esm != null && state.esm.length >= 3) {
            PersonSpecificEffects.Shares esm = PersonSpecificEffects.estimate(state.esmMood, state.esmPassive,
                    PersonSpecificEffects.THRESHOLD);
            out.put(PASSIVE_USE_WORSE, esm.worse());
            out.put(PASSIVE_USE_NO_EFFECT, esm.none());
            out.put(PASSIVE_USE_BETTER, esm.better());
        }
        out.putAll(cbs.shares());
        out.putAll(state.crossSection);
        out.putAll(state.correlations);
        out.putAll(state.clustering);
        if (state.panel != null && waves >= 3) {
            CrossLaggedPanel.Result passive = CrossLaggedPanel.estimate(state.passive, state.loneliness, design.bootstrap(), seed);
            CrossLaggedPanel.Result active = CrossLaggedPanel.estimate(state.active, state.loneliness, design.bootstrap(), seed + 1);
            out.put(PANEL_PASSIVE_TO_LONELINESS, passive.useToLoneliness().value());
            out.put(PANEL_LONELINESS_TO_PASSIVE, passive.lonelinessToUse().value());
            out.put(PANEL_ACTIVE_TO_LONELINESS, active.useToLoneliness().value());
            out.put(PANEL_LONELINESS_TO_ACTIVE, active.lonelinessToUse().value());
            out.put(PANEL_BETWEEN_PASSIVE_LONELINESS, passive.between().value());
            out.put(PANEL_BETWEEN_ACTIVE_LONELINESS, active.between().value());
            RiClpm.Fit passiveFit = putRiClpm(out, "Passive", state.passive, state.loneliness);
            RiClpm.Fit activeFit = putRiClpm(out, "Active", state.active, state.loneliness);
            if (trueLags != null && passiveFit != null && activeFit != null) {
                out.put(TRUE_PASSIVE_TO_LONELINESS,
                        PanelGroundTruth.standardised(trueLags.passiveToLoneliness(), passiveFit, truthWave, true));
                out.put(TRUE_LONELINESS_TO_PASSIVE,
                        PanelGroundTruth.standardised(trueLags.lonelinessToPassive(), passiveFit, truthWave, false));
                out.put(TRUE_ACTIVE_TO_LONELINESS,
                        PanelGroundTruth.standardised(trueLags.activeToLoneliness(), activeFit, truthWave, true));
                out.put(TRUE_LONELINESS_TO_ACTIVE,
                        PanelGroundTruth.standardised(trueLags.lonelinessToActive(), activeFit, truthWave, false));
            }
        }
        return out;
    }

    /**
     * The RI-CLPM's standardised cross-lags both ways (as Roberts et al. 2025 estimated them) and the
     * lower ends of their 95 % intervals; NaN if the model cannot be fitted.
     */
    private static RiClpm.Fit putRiClpm(Map<String, Double> out, String use, double[][] x, double[][] loneliness) {
        String toLoneliness = riclpm(use).get(0);
        String toUse = riclpm(use).get(2);
        try {
            RiClpm.Fit fit = RiClpm.fit(x, loneliness, RiClpm.Options.riClpm());
            RiClpm.Parameter useToLoneliness = fit.get("bYX");
            RiClpm.Parameter lonelinessToUse = fit.get("bXY");
            out.put(toLoneliness, useToLoneliness.standardized());
            out.put(riclpm(use).get(1), useToLoneliness.standardizedLow());
            out.put(toUse, lonelinessToUse.standardized());
            out.put(riclpm(use).get(3), lonelinessToUse.standardizedLow());
            return fit;
        } catch (IllegalArgumentException e) {
            for (String k : riclpm(use)) {
                out.put(k, Double.NaN);
            }
            return null;
        }
    }

    /**
     * The event study (study.EventStudy) of a scenario run as it stands: its partners' deaths and
     * separations at its rates, and its scripted moves and losses of the closest friend, each against
     * matched people without it, at 1, 3, 12 and 24 months.
     */
    public static Map<String, Double> events(Scenario s, long seed, int threads) {
        return eventStudy(s, seed, threads).measures();
    }

    /** The event study itself, for its table. */
    public static org.lonelyloop.study.EventStudy eventStudy(Scenario measured, long seed, int threads) {
        return eventStudy(measured, seed, threads, SettledWorlds.off());
    }

    /** As {@link #eventStudy(Scenario, long, int)}, from a settled world kept in {@code worlds} if there is one. */
    public static org.lonelyloop.study.EventStudy eventStudy(Scenario measured, long seed, int threads,
            SettledWorlds worlds) {
        Scenario scenario = measured.withOutputs(measured.outputs().every(Days.of(1)));
        LonelyLoop model = worlds.settle(scenario, seed, threads);
        org.lonelyloop.study.EventStudy study = new org.lonelyloop.study.EventStudy(model,
                org.lonelyloop.study.EventStudy.KINDS, seed ^ 0xE7E47L);
        model.addObserver(r -> study.afterDay(r.day()));
        new RunEngine(model).run();
        return study;
    }

    /** Measures of a simulated randomised trial, for the targets a trial names. */
    static final String TRIAL_LONELINESS_ITT = "trialLonelinessItt";
    static final String TRIAL_LONELINESS_ITT_HIGH = "trialLonelinessIttHigh";
    static final String TRIAL_DEPRESSION_ITT = "trialDepressionItt";
    static final String TRIAL_DEPRESSION_ITT_HIGH = "trialDepressionIttHigh";
    static final String TRIAL_DEPRESSION_TERCILE_GAP = "trialDepressionTercileGap";
    public static final List<String> TRIAL_MEASURES = List.of(TRIAL_LONELINESS_ITT, TRIAL_LONELINESS_ITT_HIGH,
            TRIAL_DEPRESSION_ITT, TRIAL_DEPRESSION_ITT_HIGH, TRIAL_DEPRESSION_TERCILE_GAP);

    /**
     * Runs the scenario's trial (as 'lonelyloop trial' does) and measures it at its first follow-up:
     * the intention-to-treat effects on the De Jong Gierveld score and on depressive symptoms with
     * the upper ends of their 95 % intervals, and how much larger (more negative) the depression
     * effect is in the top baseline tercile than in the bottom one.
     */
    public static Map<String, Double> trial(Scenario s, long seed, int threads) {
        Trial.Result r = Trial.run(s, seed, threads);
        Map<String, Double> out = new LinkedHashMap<>();
        Trial.Effect loneliness = ittAtFirstFollowUp(r, "lonelinessScore", "all");
        Trial.Effect depression = ittAtFirstFollowUp(r, "depression", "all");
        out.put(TRIAL_LONELINESS_ITT, loneliness.effect());
        out.put(TRIAL_LONELINESS_ITT_HIGH, loneliness.high());
        out.put(TRIAL_DEPRESSION_ITT, depression.effect());
        out.put(TRIAL_DEPRESSION_ITT_HIGH, depression.high());
        out.put(TRIAL_DEPRESSION_TERCILE_GAP, ittAtFirstFollowUp(r, "depression", "upperThird").effect()
                - ittAtFirstFollowUp(r, "depression", "lowerThird").effect());
        return out;
    }

    private static Trial.Effect ittAtFirstFollowUp(Trial.Result r, String outcome, String subgroup) {
        for (Trial.Effect e : r.effects()) {
            if (e.wave() == 1 && e.outcome().equals(outcome) && e.subgroup().equals(subgroup)
                    && e.estimator().equals("itt")) {
                return e;
            }
        }
        throw new IllegalStateException("the trial reported no " + outcome + " effect for " + subgroup);
    }

    /** The daily measures averaged over the last year, in the order they are written. */
    public static final List<String> YEAR_MEASURES = yearColumns();

    private static List<String> yearColumns() {
        List<String> c = new ArrayList<>(List.of(DailyMetrics.NOT_LONELY, DailyMetrics.SOMEWHAT_LONELY, DailyMetrics.STRONGLY_LONELY,
                DailyMetrics.EMOTIONALLY + "NotLonely", DailyMetrics.EMOTIONALLY + "StronglyLonely",
                DailyMetrics.SOCIALLY + "NotLonely", DailyMetrics.SOCIALLY + "StronglyLonely", "sharePartnered",
                "shareProblematicUse", "meanUseMinutes", "meanHabit", "meanFomo", "meanLoopGain"));
        for (AgeGroup g : AgeGroup.values()) {
            c.add(DailyMetrics.STRONGLY_LONELY + DailyMetrics.ageSuffix(g));
        }
        return c;
    }

    /** Odds ratios among ages in the survey window on the current day, adjusted for age and use. */
    static Map<String, Double> crossSection(LonelyLoop model, MeasureParams m, Design design) {
        int[] ids = Instruments.agesBetween(model, design.surveyMinAge(), design.surveyMaxAge());
        List<double[]> platformRows = new ArrayList<>();
        List<boolean[]> platformOutcomes = new ArrayList<>();
        double[][] bedRows = new double[ids.length][];
        boolean[] sleepProblem = new boolean[ids.length];
        for (int k = 0; k < ids.length; k++) {
            AgentView a = model.agent(ids[k]);
            double use = a.getUseMinutes() / 60.0;
            bedRows[k] = new double[] {a.getNightMinutes() >= m.bedtimeUseMinutes() ? 1 : 0, a.getAge(), use};
            sleepProblem[k] = a.getSleepDebt() >= m.sleepProblemHours();
            int platforms = a.getPlatforms();
            if (platforms <= 2 || platforms >= 7) {
                platformRows.add(new double[] {platforms >= 7 ? 1 : 0, a.getAge(), use});
                platformOutcomes.add(new boolean[] {a.getDepression() >= m.depressedCutoff(),
                    a.getSocialAnxiety() >= m.anxiousCutoff()});
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double[][] rows = platformRows.toArray(new double[0][]);
        boolean[] depressed = new boolean[rows.length];
        boolean[] anxious = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            depressed[k] = platformOutcomes.get(k)[0];
            anxious[k] = platformOutcomes.get(k)[1];
        }
        out.put(ODDS_RATIO_DEPRESSION_PLATFORMS, oddsRatio(rows, depressed));
        out.put(ODDS_RATIO_ANXIETY_PLATFORMS, oddsRatio(rows, anxious));
        out.put(ODDS_RATIO_SLEEP_BEDTIME_USE, oddsRatio(bedRows, sleepProblem));
        return out;
    }

    private static double oddsRatio(double[][] rows, boolean[] outcome) {
        try {
            return LogisticRegression.fit(rows, outcome).oddsRatio(0);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    private static final class State {
        int[] panel;
        Instruments.WeekOfUse week;
        double[][] loneliness;
        double[][] active;
        double[][] passive;
        int[] esm;
        double[][] esmMood;
        double[][] esmPassive;
        Map<String, Double> crossSection = Map.of();
        int[] correlationSample;
        Instruments.WeekOfUse correlationWeek;
        Map<String, Double> correlations = Map.of();
        Map<String, Double> clustering = Map.of();
    }

    /** Measures of loneliness clustering in the offline network, at distances 1 to 3. */
    public static final List<String> CLUSTERING_MEASURES = List.of("clusteringLonelyFriends",
            "clusteringLonelyFriendsOfFriends", "clusteringLonelyThirdDegree");

    /**
     * Loneliness clustering in the offline network as Cacioppo et al. (2009) measured it
     * ({@link LonelinessClustering}): every adult surveyed with the De Jong Gierveld scale (item
     * noise), lonely from a score of 2 (the CBS's 'lonely'), searched from a sample of lonely adults.
     */
    static Map<String, Double> clustering(LonelyLoop model, int egos, SplittableRandom random) {
        int n = model.populationSize();
        int[][] neighbours = new int[n][];
        boolean[] lonely = new boolean[n];
        int lonelyCount = 0;
        for (int i = 0; i < n; i++) {
            AgentView a = model.agent(i);
            neighbours[i] = a.offlineNeighbours();
            lonely[i] = Instruments.djgScore(a, random, Instruments.ITEM_NOISE) >= 2;
            lonelyCount += lonely[i] ? 1 : 0;
        }
        int[] all = new int[lonelyCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (lonely[i]) {
                all[k++] = i;
            }
        }
        double[] excess = LonelinessClustering.excess(neighbours, lonely,
                Instruments.sample(all, Math.min(all.length, egos), random));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int d = 0; d < CLUSTERING_MEASURES.size(); d++) {
            out.put(CLUSTERING_MEASURES.get(d), excess[d]);
        }
        return out;
    }

    /**
     * Between-person correlations of self-reported weekly use (total, passive, active) with the De
     * Jong Gierveld score, across adults, with the panel's measurement error (as the studies in
     * Zhang et al.'s 2022 meta-analysis measured them: one survey, self-reports).
     */
    static Map<String, Double> correlations(LonelyLoop model, Instruments.WeekOfUse week, SplittableRandom random) {
        int[] ids = week.ids();
        double[] score = new double[ids.length];
        double[] total = new double[ids.length];
        double[] passive = new double[ids.length];
        double[] active = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            score[k] = Instruments.djgScore(model.agent(ids[k]), random, Instruments.ITEM_NOISE);
            passive[k] = Instruments.selfReport(week.passiveHours(k), random, Instruments.REPORTING_ERROR);
            active[k] = Instruments.selfReport(week.activeHours(k), random, Instruments.REPORTING_ERROR);
            total[k] = passive[k] + active[k];
        }
        org.apache.commons.math3.stat.correlation.PearsonsCorrelation r =
                new org.apache.commons.math3.stat.correlation.PearsonsCorrelation();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(CORRELATION_USE_LONELINESS, r.correlation(total, score));
        out.put(CORRELATION_PASSIVE_LONELINESS, r.correlation(passive, score));
        out.put(CORRELATION_ACTIVE_LONELINESS, r.correlation(active, score));
        return out;
    }
}
