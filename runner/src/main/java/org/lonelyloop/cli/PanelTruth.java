package org.lonelyloop.cli;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.analysis.PanelAnalysis;
import org.lonelyloop.analysis.RiClpm;
import org.lonelyloop.experiment.PanelGroundTruth;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.PanelParams;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;

/**
 * {@code analyze panel --scenario}: the true cross-lags of the model that wrote a panel, beside the
 * estimators' (PanelGroundTruth). The scenario is run again from its seed; a week before the panel's
 * middle wave two copies are branched and half the panel nudged in each; the lags come out in the
 * panel file's units (hours of the past week, the De Jong Gierveld score with the panel's item noise)
 * and are standardised on the file's own RI-CLPM fit.
 */
final class PanelTruth {
    private static final int WEEK = 7;

    private PanelTruth() {
    }

    static List<PanelAnalysis.Row> rows(PanelAnalysis panel, String scenarioName, List<String> sets, int threads) {
        Scenario s;
        try {
            s = ScenarioLoader.load(ScenarioLoader.locate(scenarioName), sets).scenario();
        } catch (ScenarioException e) {
            throw new UserError("--scenario " + scenarioName + ": " + e.getMessage(), Main.BAD_INPUT, e);
        }
        PanelParams p = s.panel();
        int waves = panel.shape().waves();
        if (!p.enabled()) {
            throw new UserError("--scenario " + s.name() + " has no panel section; give the scenario (and --set values) "
                    + "that wrote this panel", Main.BAD_INPUT);
        }
        if (waves < 3) {
            throw new UserError("the true lags need a panel of at least three waves, this one has " + waves,
                    Main.BAD_INPUT);
        }
        int t = waves / 2 - 1;
        int every = p.every().count();
        int waveDay = p.first().count() + t * every;
        if (waveDay - WEEK < 0 || waveDay + every >= s.duration().count()) {
            throw new UserError("--scenario " + s.name() + ": its panel's waves (first " + p.first() + ", every "
                    + p.every() + ") do not fit this panel's " + waves + " waves in its " + s.duration()
                    + "; give the --set values the run was given", Main.BAD_INPUT);
        }
        long[] ids = panel.ids();
        int[] agents = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] < 0 || ids[k] >= s.population().size()) {
                throw new UserError("the panel's person " + ids[k] + " is no agent of " + s.name() + " ("
                        + s.population().size() + " agents); give the scenario and --set values that wrote it",
                        Main.BAD_INPUT);
            }
            agents[k] = (int) ids[k];
        }
        PanelGroundTruth[] truth = {null};
        new RunEngine(LonelyLoop.create(s.model(), s.seed(), threads)).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (day == waveDay - WEEK) {
                    truth[0] = PanelGroundTruth.branch(run, agents, waveDay, every, p.itemNoise(), s.seed());
                } else if (truth[0] != null && truth[0].done()) {
                    run.stop();
                }
            }
        }).run();
        PanelGroundTruth.Lags lags = truth[0].lags();
        List<PanelAnalysis.Row> out = new ArrayList<>();
        for (String use : List.of("active", "passive")) {
            RiClpm.Fit fit;
            try {
                fit = panel.riClpm(use);
            } catch (IllegalArgumentException e) {
                throw new UserError("the true lags are standardised on the panel's RI-CLPM, which cannot be fitted: "
                        + e.getMessage(), Main.BAD_INPUT, e);
            }
            // The truth is per hour a day; the panel reports hours of the week.
            double toLoneliness = (use.equals("active") ? lags.activeToLoneliness() : lags.passiveToLoneliness()) / WEEK;
            double toUse = (use.equals("active") ? lags.lonelinessToActive() : lags.lonelinessToPassive()) * WEEK;
            out.add(new PanelAnalysis.Row("truth", use, "useToLoneliness",
                    PanelGroundTruth.standardised(toLoneliness, fit, t, true), Double.NaN, Double.NaN,
                    truth[0].nudgedCount(), ""));
            out.add(new PanelAnalysis.Row("truth", use, "lonelinessToUse",
                    PanelGroundTruth.standardised(toUse, fit, t, false), Double.NaN, Double.NaN, truth[0].nudgedCount(),
                    ""));
        }
        return out;
    }
}
