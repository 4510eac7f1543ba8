package org.lonelyloop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.cli.Main;
import org.lonelyloop.experiment.SweepTables;
import org.lonelyloop.table.Csv;
import org.lonelyloop.table.CsvTable;

/**
 * Every output file has exactly the columns docs/outputs.md documents, in that order: the document
 * is the contract R and pandas scripts are written against.
 */
public class OutputColumnsTest {
    private static final Path DOC = Path.of("..", "docs", "outputs.md");
    /** A table row's first cell: one or more backticked names. */
    private static final Pattern FIRST_CELL = Pattern.compile("^\\| `(.+?)` \\|");

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
    static void produceEveryKindOfFile() throws IOException {
        cli("run", "interventions/usage-cap", "--days", "30", "--set", "population.size=400", "--set", "burnIn=30d",
                "--set", "interventions[0].start=5d", "--set", "interventions[0].end=20d", "--set",
                "outputs.snapshots=[0d, 29d]", "--set", "panel.size=50", "--set", "panel.every=10d", "--set",
                "esm.size=20", "--set", "esm.days=5", "--set", "esm.maxAge=120", "--set", "survey.size=30", "--set",
                "survey.day=12d", "--set", "groups=[{name: anxious, among: {minAge: 18}, who: {socialAnxietyAtLeast: 0.5}}]",
                "--out",
                tmp.resolve("run").toString(), "-q", "--no-report");
        try (Stream<Path> s = Files.list(tmp.resolve("run"))) {
            run = s.findFirst().orElseThrow();
        }
        sweep = tmp.resolve("sweep");
        cli("sweep", "quickstart", "--vary", "pathways.displacement.strength=0,1", "--replications", "2", "--days",
                "10", "--set", "population.size=200", "--set", "burnIn=20d", "--out", sweep.toString(), "-q",
                "--no-report");
    }

    /** The first cells of the first table under the given heading of docs/outputs.md. */
    private static List<String> documentedCells(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "docs/outputs.md has a section '" + heading + "'");
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = FIRST_CELL.matcher(line);
                if (m.find()) {
                    out.add(m.group(1));
                }
            } else if (inTable) {
                break;
            }
        }
        assertFalse(out.isEmpty(), "a table under " + heading);
        return out;
    }

    /** The names documented under a heading, a cell listing several (`a`, `b`) giving each. */
    public static List<String> documented(String heading) throws IOException {
        List<String> out = new ArrayList<>();
        for (String cell : documentedCells(heading)) {
            out.addAll(List.of(cell.split("`, `")));
        }
        return out;
    }

    private static List<String> header(Path csv) throws IOException {
        return CsvTable.read(csv).header();
    }

    private static Set<String> values(CsvTable t, String column) {
        Set<String> out = new LinkedHashSet<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.text(r, column));
        }
        return out;
    }

    @Test
    void timeseriesColumnsAreTheDocumentedOnesInOrder() throws IOException {
        assertEquals(documented("## timeseries.csv"), header(run.resolve("timeseries.csv")));
    }

    @Test
    void ledgerColumnsAndValuesAreDocumented() throws IOException {
        assertEquals(documented("## ledger.csv"), header(run.resolve("ledger.csv")));
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        CsvTable ledger = CsvTable.read(run.resolve("ledger.csv"));
        for (String column : List.of("grouping", "group", "source")) {
            for (String v : values(ledger, column)) {
                assertTrue(doc.contains("`" + v + "`"), "ledger " + column + " '" + v + "' is documented");
            }
        }
    }

    @Test
    void eventsColumnsAndKindsAreDocumented() throws IOException {
        assertEquals(documented("## events.csv"), header(run.resolve("events.csv")));
        Set<String> kinds = values(CsvTable.read(run.resolve("events.csv")), "event");
        assertEquals(Set.of("tiesFormed", "tiesLost", "partnerDied", "separated", "partnered", "relationshipBegan",
                "interventionStarted", "interventionEnded"), kinds);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String k : kinds) {
            assertTrue(doc.contains("`" + k + "`"), k);
        }
    }

    @Test
    void groupsColumnsAreTheDocumentedOnesThenEveryMeasure() throws IOException {
        List<String> columns = new ArrayList<>(documented("## groups.csv"));
        // then every column of timeseries.csv, as the table's last row says
        columns.addAll(documented("## timeseries.csv").subList(1, documented("## timeseries.csv").size()));
        assertEquals(columns, header(run.resolve("groups.csv")));
        CsvTable g = CsvTable.read(run.resolve("groups.csv"));
        assertEquals(2 * CsvTable.read(run.resolve("timeseries.csv")).size(), g.size(), "members and others each day");
        assertEquals(Set.of("members", "others"), values(g, "part"));
        // Read back by a reader of another hand: the members and others of a day are the adults.
        List<java.util.Map<String, String>> other = org.lonelyloop.table.OtherReader.rows(run.resolve("groups.csv"));
        assertEquals(g.size(), other.size());
        for (int r = 0; r < other.size(); r += 2) {
            double adults = org.lonelyloop.table.OtherReader.number(other.get(r), "agents")
                    + org.lonelyloop.table.OtherReader.number(other.get(r + 1), "agents");
            assertTrue(adults > 300 && adults < 400, "of 400 people, those 18 and over: " + adults);
            assertTrue(org.lonelyloop.table.OtherReader.number(other.get(r), "meanSocialAnxiety")
                    >= org.lonelyloop.table.OtherReader.number(other.get(r + 1), "meanSocialAnxiety"));
        }
    }

    @Test
    void agentsColumnsAreTheDocumentedOnesInOrder() throws IOException {
        List<String> columns = new ArrayList<>(documented("## agents.csv"));
        // A column per group, named after it.
        assertEquals("group.<name>", columns.remove(columns.size() - 1));
        columns.add("group.anxious");
        assertEquals(columns, header(run.resolve("agents.csv")));
        Set<String> places = values(CsvTable.read(run.resolve("agents.csv")), "group.anxious");
        assertEquals(Set.of("1", "0", "NA"), places, "members, others and the under-18s, never chosen among");
        assertEquals(2 * 400, CsvTable.read(run.resolve("agents.csv")).size(), "two snapshots of every agent");
    }

    @Test
    void panelColumnsAreTheDocumentedOnesInOrder() throws IOException {
        assertEquals(documented("## panel.csv"), header(run.resolve("panel.csv")));
        assertEquals(3 * 50, CsvTable.read(run.resolve("panel.csv")).size(), "three waves of 50");
    }

    @Test
    void esmColumnsAreTheDocumentedOnesInOrder() throws IOException {
        assertEquals(documented("## esm.csv"), header(run.resolve("esm.csv")));
        assertEquals(5 * 20, CsvTable.read(run.resolve("esm.csv")).size(), "five occasions of 20 people");
    }

    @Test
    void surveyColumnsAreTheDocumentedOnesInOrder() throws IOException {
        assertEquals(documented("## survey.csv"), header(run.resolve("survey.csv")));
        assertEquals(30, CsvTable.read(run.resolve("survey.csv")).size());
    }

    @Test
    void trialFilesHaveTheDocumentedColumns() throws IOException {
        Path out = tmp.resolve("trial");
        cli("trial", "quickstart", "--set", "population.size=600", "--set", "burnIn=20d", "--set",
                "interventions=[{type: hobby}]", "--set", "experiment.trial.size=200", "--set", "experiment.trial.day=8d",
                "--set", "experiment.trial.followUps=[5d]", "--out", out.toString(), "-q");
        Path folder;
        try (Stream<Path> s = Files.list(out)) {
            folder = s.findFirst().orElseThrow();
        }
        assertEquals(documented("## trial.csv"), header(folder.resolve("trial.csv")));
        List<String> effects = new ArrayList<>();
        for (String c : documented("## trial-effects.csv")) {
            effects.addAll(List.of(c.split("`, `")));
        }
        assertEquals(effects, header(folder.resolve("trial-effects.csv")));
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        CsvTable e = CsvTable.read(folder.resolve("trial-effects.csv"));
        for (String column : List.of("outcome", "subgroup", "estimator")) {
            for (String v : values(e, column)) {
                assertTrue(doc.contains("`" + v + "`"), "trial-effects " + column + " '" + v + "' is documented");
            }
        }
    }

    @Test
    void everyManifestFieldIsDocumented() throws IOException {
        List<String> doc = documented("## manifest.json");
        for (Path manifest : List.of(run.resolve("manifest.json"), sweep.resolve("runs/run-00001/manifest.json"))) {
            JsonNode m = new ObjectMapper().readTree(manifest.toFile());
            for (Iterator<String> it = m.fieldNames(); it.hasNext();) {
                String field = it.next();
                String asDocumented = field.startsWith("set:") ? "set:<key>" : field;
                assertTrue(doc.contains(asDocumented), manifest + ": field " + field + " is in docs/outputs.md " + doc);
            }
        }
    }

    @Test
    void summaryHasTheRunColumnsTheVariedKeysThenTheLastDayOfEveryMeasure() throws IOException {
        List<String> doc = documented("### summary.csv");
        // The groups' columns follow for a scenario with groups (GroupPredictionTest); this sweep has none.
        assertEquals(List.of("run", "point", "replication", "seed", "lastDay", "<group>.<column>",
                "<group>.others.<column>"), doc);
        List<String> expected = new ArrayList<>(doc.subList(0, 4));
        expected.add("pathways.displacement.strength");
        expected.add("lastDay");
        List<String> ts = header(sweep.resolve("runs/run-00000/timeseries.csv"));
        expected.addAll(ts.subList(1, ts.size()));
        assertEquals(expected, header(sweep.resolve("summary.csv")));
    }

    @Test
    void aggregateHasMeanAndIntervalOfEveryDocumentedOutcome() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int at = doc.indexOf("The outcomes are ");
        String sentence = doc.substring(at, doc.indexOf(';', at));
        List<String> outcomes = new ArrayList<>();
        Matcher m = Pattern.compile("`([A-Za-z]+)`").matcher(sentence);
        while (m.find()) {
            outcomes.add(m.group(1));
        }
        assertEquals(SweepTables.OUTCOMES, outcomes, "the outcomes listed in docs/outputs.md");
        List<String> expected = new ArrayList<>(List.of("point", "pathways.displacement.strength", "runs"));
        for (String o : outcomes) {
            expected.addAll(List.of(o + "Mean", o + "Low", o + "High"));
        }
        assertEquals(expected, header(sweep.resolve("aggregate.csv")));
        assertEquals(List.of("point", "runs"), documented("### aggregate.csv").stream()
                .filter(c -> !c.contains("<")).collect(Collectors.toList()));
    }

    @Test
    void everyCsvCellIsAPlainNumberOrNa() throws IOException {
        for (String file : List.of("timeseries.csv", "agents.csv")) {
            CsvTable t = CsvTable.read(run.resolve(file));
            for (String column : t.header()) {
                if (column.equals("ageGroup")) {
                    continue;
                }
                for (int r = 0; r < t.size(); r++) {
                    String v = t.text(r, column);
                    // Plain digits, or below a millionth scientific notation (Csv.number).
                    assertTrue(v.equals("NA") || v.matches("-?\\d+(\\.\\d+)?(E-\\d+)?"), file + " " + column + " row " + r
                            + ": " + v);
                    assertFalse(v.matches("-?\\d(\\.\\d+)?E-1\\d"), file + " " + column + " row " + r
                            + ": floating-point dust where the value is zero: " + v);
                }
            }
        }
    }
}
