package org.lonelyloop.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioYaml;

/**
 * One report.html being written: the page every report shares (head and style, the scenario's
 * question, its interventions, inline charts, the manifest at the foot), written atomically so a
 * reader never sees half a page. Each kind of report adds its own tables through {@link #html()}.
 */
final class ReportPage {
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60em;"
            + "margin:2em auto;padding:0 1em;color:#222;line-height:1.45}h1{margin-bottom:0.1em}.sub{color:#666;"
            + "margin-top:0}table{border-collapse:collapse;margin:1em 0}td,th{padding:0.25em 0.8em;border-bottom:"
            + "1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}figure{margin:2em 0}"
            + "img{max-width:100%;height:auto}figcaption{color:#444;font-size:0.92em}pre{background:#f6f6f6;"
            + "padding:1em;overflow:auto;font-size:0.85em}.question{font-size:1.1em;border-left:4px solid #0072B2;"
            + "padding-left:0.8em}";

    private final Path folder;
    private final Html h = new Html();

    ReportPage(Path folder, String title, String subtitle) {
        this.folder = folder;
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        h.element("title", title + " - LonelyLoop report");
        h.open("style").text(STYLE).close("style");
        h.raw("</head>\n<body>\n");
        h.element("h1", title);
        h.open("p", "class", "sub").text(subtitle).close("p");
    }

    Html html() {
        return h;
    }

    /** The question the scenario asks, how long it ran and which pathways it switched off or reversed. */
    ReportPage question(Scenario scenario) {
        String description = scenario.description() == null ? "" : scenario.description();
        if (!description.isBlank()) {
            h.open("p", "class", "question").text(description.strip()).close("p");
        }
        h.open("p").text(scenario.duration() + " recorded after a " + scenario.burnIn() + " burn-in.").close("p");
        List<String> off = scenario.pathways().off();
        List<String> reversed = scenario.pathways().reversed();
        if (!off.isEmpty()) {
            h.open("p").text("Pathways switched off: " + String.join(", ", off) + ".").close("p");
        }
        if (!reversed.isEmpty()) {
            h.open("p").text("Pathways reversed (negative strength): " + String.join(", ", reversed) + ".").close("p");
        }
        return this;
    }

    /** Each intervention with its settings, as a scenario file would state them. */
    ReportPage interventions(Scenario scenario) {
        if (scenario.interventions().isEmpty()) {
            return this;
        }
        h.element("h2", "Interventions");
        h.open("ul");
        for (InterventionSpec iv : scenario.interventions()) {
            StringBuilder sb = new StringBuilder(InterventionTypes.nameOf(iv));
            ScenarioYaml.toTree(iv).fields().forEachRemaining(f -> {
                if (!f.getKey().equals("type")) {
                    sb.append(sb.indexOf(":") < 0 ? ": " : ", ").append(f.getKey()).append(' ')
                            .append(f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
                }
            });
            h.element("li", sb.toString());
        }
        h.close("ul");
        return this;
    }

    /** The charts inline as PNG, with their PNG and SVG files written to charts/. */
    ReportPage charts(List<ReportChart> charts) throws IOException {
        if (charts.isEmpty()) {
            return this;
        }
        Path dir = Files.createDirectories(folder.resolve(Report.CHARTS));
        h.element("h2", "Charts");
        List<byte[]> pngs = writeAll(charts, dir);
        for (int i = 0; i < charts.size(); i++) {
            ReportChart c = charts.get(i);
            byte[] png = pngs.get(i);
            h.open("figure", "id", c.name());
            h.empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                    "alt", c.chart().getTitle().getText(), "width", Integer.toString(ChartFiles.WIDTH));
            h.open("figcaption").text(c.caption() + " ").open("a", "href", Report.CHARTS + "/" + c.name() + ".svg")
                    .text("SVG").close("a").close("figcaption");
            h.close("figure");
        }
        return this;
    }

    /**
     * Writes every chart's files, several charts at once: each chart is drawn twice (PNG, SVG) and
     * the drawing, not the simulation, was most of a short run's report time. Charts share no
     * state, and each file's bytes do not depend on which thread drew it.
     */
    private static List<byte[]> writeAll(List<ReportChart> charts, Path dir) throws IOException {
        try {
            return charts.parallelStream().map(c -> {
                try {
                    return ChartFiles.write(c, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The section naming the folder's files. */
    ReportPage files(String text) {
        h.element("h2", "Files");
        h.open("p").text(text).close("p");
        return this;
    }

    /** A JSON file (a manifest, a plan) shown folded. */
    ReportPage manifest(String title, Path file) throws IOException {
        h.open("details").element("summary", title);
        h.element("pre", Files.readString(file, StandardCharsets.UTF_8));
        h.close("details");
        return this;
    }

    /** Writes report.html into the folder, replacing any older one in one step; returns its path. */
    Path finish() throws IOException {
        h.raw("</body>\n</html>\n");
        Path target = folder.resolve(Report.FILE);
        Path tmp = folder.resolve("." + Report.FILE + ".tmp");
        Files.writeString(tmp, h.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** A number with as many digits as its size deserves; NA for a missing one. */
    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 1 ? "%.1f" : "%.3f", v);
    }

    /** A mean with its interval, when it has one. */
    static String withInterval(double mean, double low, double high) {
        return fmt(mean) + (Double.isNaN(low) ? "" : " [" + fmt(low) + ", " + fmt(high) + "]");
    }
}
