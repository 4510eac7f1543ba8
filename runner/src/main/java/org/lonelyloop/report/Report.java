package org.lonelyloop.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.experiment.SweepTables;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.table.CsvTable;

/**
 * report.html and charts/ for a results folder, of one run or of a sweep: the scenario's question,
 * the key figures, every chart inline (PNG, so the one file opens offline anywhere; SVG copies sit
 * in charts/ for papers) and the manifest.
 */
public final class Report {
    public static final String FILE = "report.html";
    public static final String CHARTS = "charts";
    /** How to read a trial effect's sign; every outcome is a score where more is worse or more use. */
    public static final String SIGN_OF_BENEFIT = "Effects are the treatment arm's change minus the control arm's: "
            + "below zero means the treated became less lonely (De Jong Gierveld score), less depressed or used less "
            + "than the controls, the direction a helpful intervention takes; above zero, the opposite.";

    /** A trial's estimates (written by 'lonelyloop trial'). */
    public static final String TRIAL_EFFECTS = "trial-effects.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60em;"
            + "margin:2em auto;padding:0 1em;color:#222;line-height:1.45}h1{margin-bottom:0.1em}.sub{color:#666;"
            + "margin-top:0}table{border-collapse:collapse;margin:1em 0}td,th{padding:0.25em 0.8em;border-bottom:"
            + "1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}figure{margin:2em 0}"
            + "img{max-width:100%;height:auto}figcaption{color:#444;font-size:0.92em}pre{background:#f6f6f6;"
            + "padding:1em;overflow:auto;font-size:0.85em}.question{font-size:1.1em;border-left:4px solid #0072B2;"
            + "padding-left:0.8em}";

    private Report() {
    }

    /** Writes charts/ and report.html into a run or sweep folder; returns the report's path. */
    public static Path write(Path folder) throws IOException {
        if (Files.exists(folder.resolve(org.lonelyloop.experiment.SensitivityStudy.RESULTS))) {
            return SensitivityReport.write(folder);
        }
        if (Files.exists(folder.resolve(SweepPlan.FILE))) {
            return writeSweep(folder, SweepPlan.read(folder));
        }
        if (Files.exists(folder.resolve(org.lonelyloop.experiment.Comparison.FILE))
                && Files.exists(folder.resolve(Manifest.FILE))) {
            return CompareReport.write(folder);
        }
        if (Files.exists(folder.resolve(TRIAL_EFFECTS)) && Files.exists(folder.resolve(Manifest.FILE))) {
            return writeTrial(folder);
        }
        if (!Files.exists(folder.resolve(TimeSeriesWriter.FILE)) || !Files.exists(folder.resolve(Manifest.FILE))) {
            throw new NoSuchFileException(folder.toString(), null,
                    "is not a results folder (it has no manifest.json and timeseries.csv, nor a sweep's plan.json)");
        }
        CsvTable ts = CsvTable.read(folder.resolve(TimeSeriesWriter.FILE));
        JsonNode manifest = JSON.readTree(folder.resolve(Manifest.FILE).toFile());
        JsonNode scenario = manifest.path("scenario");
        Html h = head(scenario.path("name").asText("run"), String.format(Locale.ROOT, "one run, seed %s, %,d agents, "
                + "LonelyLoop %s (%s)", manifest.path("seed").asText(), scenario.path("population").path("size").asLong(),
                manifest.path("lonelyloopVersion").asText(), manifest.path("gitCommit").asText()));
        question(h, scenario);
        h.element("h2", "Key figures");
        if (ts.size() > 0) {
            int last = ts.size() - 1;
            h.open("table").open("tr").element("th", "").element("th", "day " + ts.text(0, "day"))
                    .element("th", "day " + ts.text(last, "day")).element("th", "change").close("tr");
            for (KeyFigure f : KeyFigure.ALL) {
                if (ts.has(f.column())) {
                    double a = ts.number(0, f.column()) * f.scale();
                    double b = ts.number(last, f.column()) * f.scale();
                    h.open("tr").element("td", f.label()).element("td", fmt(a)).element("td", fmt(b))
                            .element("td", (b - a >= 0 ? "+" : "") + fmt(b - a)).close("tr");
                }
            }
            h.close("table");
        }
        interventions(h, scenario);
        charts(h, folder, RunCharts.of(ts));
        h.element("h2", "Files");
        h.open("p").text("timeseries.csv (daily measures), ledger.csv (pathway ledger by group), events.csv (ties "
                + "formed and lost, interventions started and ended), agents.csv with ties.csv and "
                + "network-day-D.graphml (every agent's state and both networks on the snapshot days, if asked for; the "
                + "GraphML opens in igraph, NetworkX and Gephi) and manifest.json; every column is described in docs/outputs.md. The charts are in charts/ as PNG and "
                + "SVG.").close("p");
        String[][] studies = {
            {"panel.csv", "the virtual panel study: 'lonelyloop analyze panel panel.csv' gives the cross-lagged effects "
                + "(RI-CLPM, CLPM and fixed effects), and with '--scenario' and the run's --set values the model's "
                + "true lags beside them"},
            {"esm.csv", "the experience-sampling study: 'lonelyloop analyze esm esm.csv' gives the shares of "
                + "person-specific effects"},
            {"survey.csv", "the cross-sectional survey: 'lonelyloop analyze survey survey.csv --outcome ... --exposed "
                + "... --unexposed ...' gives an adjusted odds ratio"}};
        for (String[] study : studies) {
            if (Files.exists(folder.resolve(study[0]))) {
                h.open("p").text(study[0] + " holds " + study[1] + " (docs/research.md).").close("p");
            }
        }
        manifest(h, "manifest.json", folder.resolve(Manifest.FILE));
        return finish(folder, h);
    }

    private static Path writeTrial(Path folder) throws IOException {
        JsonNode manifest = JSON.readTree(folder.resolve(Manifest.FILE).toFile());
        JsonNode scenario = manifest.path("scenario");
        JsonNode trial = scenario.path("experiment").path("trial");
        Html h = head(scenario.path("name").asText("trial") + ": a simulated trial", String.format(Locale.ROOT,
                "%s randomised (%s treatment, %s control), seed %s, LonelyLoop %s (%s)",
                manifest.path("trialTreated").asInt() + manifest.path("trialControl").asInt(),
                manifest.path("trialTreated").asText(), manifest.path("trialControl").asText(),
                manifest.path("seed").asText(), manifest.path("lonelyloopVersion").asText(),
                manifest.path("gitCommit").asText()));
        question(h, scenario);
        JsonNode treatment = scenario.path("interventions").path(trial.path("intervention").asInt());
        h.open("p").text(String.format(Locale.ROOT, "Randomised on day %s among ages %s to %s; the treatment arm was "
                + "offered %s for %s; follow-ups %s after baseline.", trial.path("day").asText(),
                trial.path("minAge").asText(), trial.path("maxAge").asText(), treatment.path("type").asText("?"),
                trial.path("duration").asText(), followUps(trial.path("followUps")))).close("p");
        CsvTable e = CsvTable.read(folder.resolve(TRIAL_EFFECTS));
        h.element("h2", "Effects on the change from baseline (everyone)");
        h.open("table").open("tr").element("th", "outcome").element("th", "days after").element("th", "intention to treat [95 % CI]")
                .element("th", "d").element("th", "p").element("th", "counterfactual on the treated [95 % CI]")
                .close("tr");
        for (int r = 0; r + 1 < e.size(); r++) {
            if (!e.text(r, "subgroup").equals("all") || !e.text(r, "estimator").equals("itt")) {
                continue;
            }
            int c = r + 1;
            h.open("tr").element("td", e.text(r, "outcome")).element("td", e.text(r, "daysAfter"))
                    .element("td", fmt(e.number(r, "effect")) + " [" + fmt(e.number(r, "low")) + ", "
                            + fmt(e.number(r, "high")) + "]")
                    .element("td", fmt(e.number(r, "d")))
                    .element("td", e.number(r, "p") < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f",
                            e.number(r, "p")))
                    .element("td", fmt(e.number(c, "effect")) + " [" + fmt(e.number(c, "low")) + ", "
                            + fmt(e.number(c, "high")) + "]")
                    .close("tr");
        }
        h.close("table");
        h.open("p").text(SIGN_OF_BENEFIT).close("p");
        charts(h, folder, TrialCharts.of(e, trial.path("subgroup").asText("loneliness")));
        h.element("h2", "Files");
        h.open("p").text("trial.csv has every participant's measurements at baseline and each follow-up in both worlds; "
                + "trial-effects.csv every estimate by outcome, follow-up, baseline tercile and estimator. Every column "
                + "is described in docs/outputs.md, the estimators in docs/research.md.").close("p");
        manifest(h, "manifest.json", folder.resolve(Manifest.FILE));
        return finish(folder, h);
    }

    private static String followUps(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return String.join(", ", out);
    }

    private static Path writeSweep(Path folder, SweepPlan plan) throws IOException {
        int finished = 0;
        JsonNode scenario = null;
        Path firstManifest = null;
        for (int run = 0; run < plan.runs(); run++) {
            Path m = folder.resolve("runs").resolve(SweepPlan.runFolder(run)).resolve(Manifest.FILE);
            if (Files.exists(m)) {
                finished++;
                if (firstManifest == null) {
                    firstManifest = m;
                    scenario = JSON.readTree(m.toFile()).path("scenario");
                }
            }
        }
        String kind = plan.vary().isEmpty() ? plan.replications() + " replications"
                : plan.points() + " parameter points x " + plan.replications() + " replications";
        Html h = head(plan.scenario(), String.format(Locale.ROOT, "%s: %d of %d runs finished, base seed %d", kind,
                finished, plan.runs(), plan.baseSeed()));
        if (scenario != null) {
            question(h, scenario);
        }
        if (!plan.vary().isEmpty()) {
            h.element("h2", "Varied");
            h.open("ul");
            plan.vary().forEach(v -> h.element("li", v.key() + ": " + String.join(", ", v.values())));
            h.close("ul");
        }
        Path aggregate = folder.resolve(SweepTables.AGGREGATE);
        if (Files.exists(aggregate)) {
            aggregateTable(h, plan, CsvTable.read(aggregate));
        }
        if (scenario != null) {
            interventions(h, scenario);
        }
        charts(h, folder, SweepCharts.of(folder, plan));
        h.element("h2", "Files");
        h.open("p").text("summary.csv has one row per run (its parameters, seed and last-day measures); aggregate.csv "
                + "one row per parameter point (mean and 95 % confidence interval across replications); each run's "
                + "own files are in runs/run-NNNNN/. Every column is described in docs/outputs.md.").close("p");
        manifest(h, "plan.json", folder.resolve(SweepPlan.FILE));
        if (firstManifest != null) {
            manifest(h, "manifest.json of the first run", firstManifest);
        }
        return finish(folder, h);
    }

    private static void aggregateTable(Html h, SweepPlan plan, CsvTable a) {
        h.element("h2", "Key figures (last day, mean and 95 % CI over replications)");
        List<KeyFigure> shown = KeyFigure.of("shareStronglyLonely", "meanUseMinutes", "meanContacts");
        h.open("table").open("tr");
        plan.vary().forEach(v -> h.element("th", SweepCharts.shortKey(v.key())));
        h.element("th", "runs");
        for (KeyFigure k : shown) {
            h.element("th", k.label());
        }
        h.close("tr");
        for (int row = 0; row < a.size(); row++) {
            h.open("tr");
            for (var v : plan.vary()) {
                h.element("td", a.text(row, v.key()));
            }
            h.element("td", a.text(row, "runs"));
            for (KeyFigure k : shown) {
                double mean = k.shown(a.number(row, k.column() + "Mean"));
                double low = k.shown(a.number(row, k.column() + "Low"));
                double high = k.shown(a.number(row, k.column() + "High"));
                h.element("td", fmt(mean) + (Double.isNaN(low) ? "" : " [" + fmt(low) + ", " + fmt(high) + "]"));
            }
            h.close("tr");
        }
        h.close("table");
    }

    static Html head(String title, String subtitle) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        h.element("title", title + " - LonelyLoop report");
        h.open("style").text(STYLE).close("style");
        h.raw("</head>\n<body>\n");
        h.element("h1", title);
        h.open("p", "class", "sub").text(subtitle).close("p");
        return h;
    }

    static void question(Html h, JsonNode scenario) {
        String description = scenario.path("description").asText("");
        if (!description.isBlank()) {
            h.open("p", "class", "question").text(description.strip()).close("p");
        }
        h.open("p").text(String.format(Locale.ROOT, "%s recorded after a %s burn-in.",
                scenario.path("duration").asText(), scenario.path("burnIn").asText())).close("p");
        List<String> off = new ArrayList<>();
        List<String> reversed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scenario.path("pathways").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!p.getValue().path("enabled").asBoolean(true)) {
                off.add(p.getKey());
            } else if (p.getValue().path("strength").asDouble(1) < 0) {
                reversed.add(p.getKey());
            }
        }
        if (!off.isEmpty()) {
            h.open("p").text("Pathways switched off: " + String.join(", ", off) + ".").close("p");
        }
        if (!reversed.isEmpty()) {
            h.open("p").text("Pathways reversed (negative strength): " + String.join(", ", reversed) + ".").close("p");
        }
    }

    private static void interventions(Html h, JsonNode scenario) {
        JsonNode list = scenario.path("interventions");
        if (!list.isArray() || list.isEmpty()) {
            return;
        }
        h.element("h2", "Interventions");
        h.open("ul");
        for (JsonNode iv : list) {
            StringBuilder sb = new StringBuilder(iv.path("type").asText());
            for (Iterator<Map.Entry<String, JsonNode>> it = iv.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getKey().equals("type")) {
                    sb.append(sb.indexOf(":") < 0 ? ": " : ", ").append(f.getKey()).append(' ')
                            .append(f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
                }
            }
            h.element("li", sb.toString());
        }
        h.close("ul");
    }

    static void charts(Html h, Path folder, List<ReportChart> charts) throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        Path dir = Files.createDirectories(folder.resolve(CHARTS));
        h.element("h2", "Charts");
        for (ReportChart c : charts) {
            byte[] png = ChartFiles.write(c, dir);
            h.open("figure", "id", c.name());
            h.empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                    "alt", c.chart().getTitle().getText(), "width", Integer.toString(ChartFiles.WIDTH));
            h.open("figcaption").text(c.caption() + " ").open("a", "href", CHARTS + "/" + c.name() + ".svg")
                    .text("SVG").close("a").close("figcaption");
            h.close("figure");
        }
    }

    static void manifest(Html h, String title, Path file) throws IOException {
        h.open("details").element("summary", title);
        h.element("pre", Files.readString(file, StandardCharsets.UTF_8));
        h.close("details");
    }

    static Path finish(Path folder, Html h) throws IOException {
        h.raw("</body>\n</html>\n");
        Path target = folder.resolve(FILE);
        Path tmp = folder.resolve("." + FILE + ".tmp");
        Files.writeString(tmp, h.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 1 ? "%.1f" : "%.3f", v);
    }
}
