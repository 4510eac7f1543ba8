package org.lonelyloop.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.cli.Main;
import org.lonelyloop.table.CsvTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report a run and a sweep leave: well-formed, self-contained, with charts that show something. */
class ReportTest {
    @TempDir
    static Path tmp;
    private static Path run;
    private static Path sweep;

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(0, code, String.join(" ", args) + "\n" + err);
    }

    @BeforeAll
    static void runAndSweep() throws IOException {
        cli("run", "usage-cap", "--days", "60", "--set", "population.size=600", "--set", "burnIn=30d", "--set",
                "interventions[0].start=10d", "--out", tmp.resolve("run").toString(), "-q");
        try (Stream<Path> s = Files.list(tmp.resolve("run"))) {
            run = s.findFirst().orElseThrow();
        }
        sweep = tmp.resolve("sweep");
        cli("sweep", "quickstart", "--vary", "pathways.compensation.strength=0,1,2", "--replications", "2", "--days",
                "20", "--set", "population.size=200", "--set", "burnIn=20d", "--out", sweep.toString(), "-q");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** Decodes every inline image, checking each is a PNG with more than a background in it. */
    private static List<BufferedImage> inlineImages(Document html) throws IOException {
        NodeList imgs = html.getElementsByTagName("img");
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = ((Element) imgs.item(i)).getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"), "charts are inline, the report stands alone: " + src);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))));
            assertNotNull(img, "image " + i + " decodes as PNG");
            assertTrue(colours(img) > 20, "image " + i + " has a drawn chart, not a blank");
            assertTrue(!((Element) imgs.item(i)).getAttribute("alt").isBlank(), "image " + i + " has alt text");
            out.add(img);
        }
        return out;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static String text(Document d) {
        return d.getDocumentElement().getTextContent();
    }

    @Test
    void aRunsReportIsWellFormedAndCarriesItsChartsInline() throws Exception {
        Document html = parse(run.resolve("report.html"));
        assertEquals("html", html.getDocumentElement().getTagName());
        String t = text(html);
        assertTrue(t.contains("Does a daily time limit lower loneliness"), "the scenario's question");
        assertTrue(t.contains("strongly lonely (%)"), "key figures");
        assertTrue(t.contains("usage-cap"), "the interventions");
        assertTrue(t.contains("\"sha256\""), "the manifest");
        List<String> charts = List.of("loneliness", "use", "contact", "pathways", "loop", "interventions", "ages");
        assertEquals(charts.size(), inlineImages(html).size());
        for (String c : charts) {
            byte[] png = Files.readAllBytes(run.resolve("charts/" + c + ".png"));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(png)), c + ".png");
            Document svg = parse(run.resolve("charts/" + c + ".svg"));
            assertEquals("svg", svg.getDocumentElement().getTagName(), c + ".svg");
            assertTrue(svg.getElementsByTagName("path").getLength() >= 3, c + ".svg draws its series");
        }
    }

    @Test
    void aReportNamesThePathwaysSwitchedOffOrReversed() throws Exception {
        Path folder = tmp.resolve("turned");
        cli("run", "quickstart", "--days", "5", "--set", "population.size=100", "--set", "burnIn=0d", "--set",
                "pathways.sleep.enabled=false", "--set", "pathways.compensation.strength=-1", "--out",
                folder.toString(), "-q");
        Path done;
        try (Stream<Path> s = Files.list(folder)) {
            done = s.findFirst().orElseThrow();
        }
        String t = text(parse(done.resolve("report.html")));
        assertTrue(t.contains("Pathways switched off: sleep."), t);
        assertTrue(t.contains("Pathways reversed (negative strength): compensation."), t);
        assertTrue(!text(parse(run.resolve("report.html"))).contains("Pathways switched off"), "none in the default");
    }

    @Test
    void aManifestThatNoLongerReadsIsNamedWithoutAStackTrace() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("old-version"));
        Files.copy(run.resolve("timeseries.csv"), old.resolve("timeseries.csv"));
        Files.writeString(old.resolve("manifest.json"), Files.readString(run.resolve("manifest.json"))
                .replace("\"burnIn\" :", "\"warmUp\" : \"1y\",\n    \"burnIn\" :"));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", old.toString());
        assertEquals(Main.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains(old.resolve("manifest.json").toString()) && err.toString().contains("warmUp"),
                err.toString());
        assertTrue(!err.toString().contains("\tat org."), "no stack trace: " + err);
        assertTrue(!Files.exists(old.resolve("report.html")), "nothing half written");
    }

    @Test
    void aSweepsReportHasTheAggregateTableAndAChartPerOutcome() throws Exception {
        Document html = parse(sweep.resolve("report.html"));
        String t = text(html);
        assertTrue(t.contains("pathways.compensation.strength"), "the varied parameter");
        assertTrue(inlineImages(html).size() >= 6);
        assertTrue(Files.size(sweep.resolve("charts/sweep-shareStronglyLonely.svg")) > 1000);
        assertTrue(Files.exists(sweep.resolve("charts/trajectory-strongly-lonely.png")), "three points: trajectories too");
    }

    /** Series names of every dataset in a chart, subplots included. */
    private static List<String> seriesOf(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        List<XYPlot> plots = new ArrayList<>();
        if (chart.getPlot() instanceof CombinedDomainXYPlot c) {
            for (Object p : c.getSubplots()) {
                plots.add((XYPlot) p);
            }
        } else {
            plots.add(chart.getXYPlot());
        }
        for (XYPlot p : plots) {
            for (int d = 0; d < p.getDatasetCount(); d++) {
                XYDataset ds = p.getDataset(d);
                for (int s = 0; s < ds.getSeriesCount(); s++) {
                    out.add(ds.getSeriesKey(s).toString());
                }
            }
        }
        return out;
    }

    @Test
    void runChartsHoldTheExpectedSeries() throws IOException {
        Map<String, List<String>> series = new LinkedHashMap<>();
        for (ReportChart c : RunCharts.of(CsvTable.read(run.resolve("timeseries.csv")))) {
            series.put(c.name(), seriesOf(c.chart()));
        }
        assertEquals(List.of("not lonely", "somewhat lonely", "strongly lonely"), series.get("loneliness"));
        assertEquals(List.of("active", "passive", "at night"), series.get("use"));
        assertEquals(List.of("offline ties", "face-to-face meetings per week"), series.get("contact"));
        assertEquals(List.of("displacement", "withdrawal", "interventions", "events", "maintenance", "comparison", "fomo",
                "reinforcement", "sleep", "cyberbullying", "platforms", "moodDynamics"), series.get("pathways"));
        assertEquals(List.of("participants", "everyone else", "participants", "everyone else"),
                series.get("interventions"));
        assertEquals(7, series.get("ages").size());
    }

    @Test
    void aRunWithoutInterventionsHasNoTreatedChart() throws IOException {
        CsvTable ts = CsvTable.read(sweep.resolve("runs/run-00000/timeseries.csv"));
        assertTrue(RunCharts.of(ts).stream().noneMatch(c -> c.name().equals("interventions")));
    }

    @Test
    void sweepChartsHaveOnePointPerValueWithItsBand() throws IOException {
        List<ReportChart> charts = SweepCharts.of(sweep, org.lonelyloop.experiment.SweepPlan.read(sweep));
        ReportChart strongly = charts.stream().filter(c -> c.name().equals("sweep-shareStronglyLonely")).findFirst()
                .orElseThrow();
        org.jfree.data.xy.YIntervalSeriesCollection d =
                (org.jfree.data.xy.YIntervalSeriesCollection) strongly.chart().getXYPlot().getDataset();
        assertEquals(1, d.getSeriesCount());
        assertEquals(3, d.getItemCount(0), "compensation strength 0, 1 and 2");
        CsvTable a = CsvTable.read(sweep.resolve("aggregate.csv"));
        for (int i = 0; i < 3; i++) {
            assertEquals(a.number(i, "shareStronglyLonelyMean") * 100, d.getYValue(0, i), 1e-9);
            assertEquals(a.number(i, "shareStronglyLonelyLow") * 100, d.getStartYValue(0, i), 1e-9);
        }
    }

    @Test
    void drawingTheReportAgainGivesTheSameChartFiles() throws Exception {
        byte[] png = Files.readAllBytes(run.resolve("charts/pathways.png"));
        byte[] svg = Files.readAllBytes(run.resolve("charts/pathways.svg"));
        cli("report", run.toString(), "-q");
        assertArrayEquals(png, Files.readAllBytes(run.resolve("charts/pathways.png")));
        assertArrayEquals(svg, Files.readAllBytes(run.resolve("charts/pathways.svg")));
    }
}
