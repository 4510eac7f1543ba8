package org.lonelyloop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.TrialParams;
import org.lonelyloop.table.CsvTable;

/** report.html of a simulated trial: the design, the effects on everyone with their intervals, the charts. */
final class TrialReport {
    private TrialReport() {
    }

    static Path write(Path folder) throws IOException, ScenarioException {
        Manifest.Contents m = Manifest.read(folder);
        Scenario scenario = m.scenario();
        TrialParams trial = scenario.experiment().trial();
        int treated = Integer.parseInt(m.extra("trialTreated", "0"));
        int control = Integer.parseInt(m.extra("trialControl", "0"));
        ReportPage page = new ReportPage(folder, scenario.name() + ": a simulated trial", String.format(Locale.ROOT,
                "%d randomised (%d treatment, %d control), seed %d, LonelyLoop %s (%s)", treated + control, treated,
                control, m.seed(), m.version(), m.commit())).question(scenario);
        String offered = trial.intervention() < scenario.interventions().size()
                ? InterventionTypes.nameOf(scenario.interventions().get(trial.intervention())) : "?";
        page.html().open("p").text(String.format(Locale.ROOT, "Randomised on day %s among ages %s to %s; the "
                + "treatment arm was offered %s for %s; follow-ups %s after baseline.", trial.day(),
                ReportPage.fmt(trial.minAge()), ReportPage.fmt(trial.maxAge()), offered, trial.duration(),
                trial.followUps().stream().map(Object::toString).collect(Collectors.joining(", ")))).close("p");
        CsvTable e = CsvTable.read(folder.resolve(Report.TRIAL_EFFECTS));
        effects(page.html(), e);
        page.html().open("p").text(Report.SIGN_OF_BENEFIT).close("p");
        page.charts(TrialCharts.of(e, trial.subgroup()));
        page.files("trial.csv has every participant's measurements at baseline and each follow-up in both worlds; "
                + "trial-effects.csv every estimate by outcome, follow-up, baseline tercile and estimator. Every column "
                + "is described in docs/outputs.md, the estimators in docs/research.md.");
        return page.manifest("manifest.json", folder.resolve(Manifest.FILE)).finish();
    }

    /** Each outcome's intention-to-treat row for everyone, beside the counterfactual row that follows it. */
    private static void effects(Html h, CsvTable e) {
        h.element("h2", "Effects on the change from baseline (everyone)");
        h.open("table").open("tr").element("th", "outcome").element("th", "days after")
                .element("th", "intention to treat [95 % CI]").element("th", "d").element("th", "p")
                .element("th", "counterfactual on the treated [95 % CI]").close("tr");
        for (int r = 0; r + 1 < e.size(); r++) {
            if (!e.text(r, "subgroup").equals("all") || !e.text(r, "estimator").equals("itt")) {
                continue;
            }
            double p = e.number(r, "p");
            h.open("tr").element("td", e.text(r, "outcome")).element("td", e.text(r, "daysAfter"))
                    .element("td", interval(e, r)).element("td", ReportPage.fmt(e.number(r, "d")))
                    .element("td", p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p))
                    .element("td", interval(e, r + 1)).close("tr");
        }
        h.close("table");
    }

    private static String interval(CsvTable e, int row) {
        return ReportPage.withInterval(e.number(row, "effect"), e.number(row, "low"), e.number(row, "high"));
    }
}
