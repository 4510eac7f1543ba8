package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/** 'lonelyloop sensitivity' end to end: indices, resuming, shards and merge, and refusals. */
class SensitivityCommandTest {
    private static List<String> args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("sensitivity", "quickstart", "--set", "population.size=200", "--set",
                "duration=60d", "--set", "burnIn=30d", "--param", "pathways.compensation.strength=0..2", "--param",
                "pathways.displacement.strength=0..1", "--outputs", "meanUseMinutes,meanContacts",
                "--out", out.toString(), "-q"));
        a.addAll(List.of(more));
        if (!a.contains("--samples")) {
            a.addAll(List.of("--samples", "3"));
        }
        return a;
    }

    private static Cli run(List<String> a) {
        return Cli.run(a.toArray(new String[0]));
    }

    @Test
    void morrisScreensThatCompensationDrivesUseAndResumesToTheSameIndices(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("s");
        Cli c = run(args(out));
        assertEquals(Main.OK, c.exitCode, c.toString());
        CsvTable t = CsvTable.read(out.resolve("sensitivity.csv"));
        assertEquals(2 * 2 * 3, t.size(), "two parameters, two outputs, mu*, mu and sigma");
        double compensation = Double.NaN;
        double displacement = Double.NaN;
        double displacementMu = Double.NaN;
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "output").equals("meanContacts")) {
                boolean isDisplacement = t.text(r, "parameter").equals("pathways.displacement.strength");
                if (t.text(r, "index").equals("muStar")) {
                    if (isDisplacement) {
                        displacement = t.number(r, "value");
                    } else {
                        compensation = t.number(r, "value");
                    }
                } else if (t.text(r, "index").equals("mu") && isDisplacement) {
                    displacementMu = t.number(r, "value");
                }
            }
        }
        // Time online taken from friends: displacement is what moves face-to-face contact, downwards.
        assertTrue(displacement > compensation, "displacement moves contact more than compensation does: "
                + displacement + " vs " + compensation);
        // Displacement acts on use above or below one's usual level, so an elementary effect can go either
        // way (those above their usual use meet less, those below more); on balance it lowers contact.
        assertTrue(displacementMu < 0 && -displacementMu > displacement / 2,
                "displacement lowers contact on balance: mu " + displacementMu + ", mu* " + displacement);
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("charts/morris-meanUseMinutes.svg")));
        String first = Files.readString(out.resolve("sensitivity.csv"));
        // Run again: every run is found finished, and the indices come out the same.
        Files.delete(out.resolve("sensitivity.csv"));
        Cli again = run(args(out));
        assertEquals(Main.OK, again.exitCode, again.toString());
        assertEquals(first, Files.readString(out.resolve("sensitivity.csv")));
    }

    @Test
    void withCommonSeedsAParameterThatActsOnNothingHasNoEffectAtAll(@TempDir Path tmp) throws IOException {
        // Social comparison switched off: its strength moves nothing. With common seeds every pair of
        // points that differ in it is the same world drawing the same numbers, so its effects are exactly 0;
        // with a seed per run they would be the noise between two worlds.
        List<String> study = new ArrayList<>(List.of("sensitivity", "quickstart", "--set", "population.size=200",
                "--set", "duration=40d", "--set", "burnIn=20d", "--set", "pathways.comparison.enabled=false",
                "--param", "pathways.comparison.strength=0..1", "--param", "pathways.displacement.strength=0..1",
                "--outputs", "meanUseMinutes,meanLoneliness", "--samples", "3", "--replications", "2", "-q"));
        Path common = tmp.resolve("common");
        List<String> a = new ArrayList<>(study);
        a.addAll(List.of("--common-seeds", "--out", common.toString()));
        assertEquals(Main.OK, run(a).exitCode);
        Path apart = tmp.resolve("apart");
        List<String> b = new ArrayList<>(study);
        b.addAll(List.of("--out", apart.toString()));
        assertEquals(Main.OK, run(b).exitCode);
        assertEquals(0, muStar(common, "pathways.comparison.strength", "meanLoneliness"), 0);
        assertTrue(muStar(apart, "pathways.comparison.strength", "meanLoneliness") > 0, "independent seeds add noise");
        assertTrue(muStar(common, "pathways.displacement.strength", "meanLoneliness") > 0, "displacement acts");
        assertTrue(Files.readString(common.resolve("plan.json")).contains("\"commonSeeds\" : true"));
    }

    private static double muStar(Path folder, String parameter, String output) throws IOException {
        CsvTable t = CsvTable.read(folder.resolve("sensitivity.csv"));
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "parameter").equals(parameter) && t.text(r, "output").equals(output)
                    && t.text(r, "index").equals("muStar")) {
                return t.number(r, "value");
            }
        }
        throw new AssertionError("no mu* of " + parameter + " on " + output);
    }

    @Test
    void shardsMergedGiveTheIndicesOfOneFolder(@TempDir Path tmp) throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(Main.OK, run(args(whole, "--method", "sobol", "--samples", "8")).exitCode);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Cli first = run(args(a, "--method", "sobol", "--samples", "8", "--shard", "1/2"));
        assertEquals(Main.OK, first.exitCode, first.toString());
        assertTrue(!Files.exists(a.resolve("sensitivity.csv")), "a shard alone has no indices");
        assertEquals(Main.OK, run(args(b, "--method", "sobol", "--samples", "8", "--shard", "2/2")).exitCode);
        Cli merged = Cli.run("merge", a.toString(), b.toString(), "--out", tmp.resolve("m").toString(), "-q");
        assertEquals(Main.OK, merged.exitCode, merged.toString());
        assertEquals(Files.readString(whole.resolve("sensitivity.csv")),
                Files.readString(tmp.resolve("m").resolve("sensitivity.csv")));
        CsvTable t = CsvTable.read(whole.resolve("sensitivity.csv"));
        assertEquals("S1", t.text(0, "index"));
        assertTrue(t.number(0, "low") <= t.number(0, "high"));
    }

    @Test
    void aClusterRunsTheStudyAsAJobArrayWhoseMergeComputesTheIndices(@TempDir Path tmp) throws IOException {
        Path script = tmp.resolve("study.sbatch");
        Cli c = run(args(tmp.resolve("s"), "--emit-slurm", script.toString(), "--shards", "4"));
        assertEquals(Main.OK, c.exitCode, c.toString());
        String text = Files.readString(script);
        assertTrue(text.contains("#SBATCH --array=1-4"), text);
        assertTrue(text.contains(" sensitivity quickstart --set population.size=200"), text);
        assertTrue(text.contains("--param pathways.compensation.strength=0..2 --param pathways.displacement.strength=0..1"
                + " --method morris --samples 3 --levels 4 --outputs meanUseMinutes,meanContacts --replications 1"), text);
        assertTrue(text.contains("--shard \"${SLURM_ARRAY_TASK_ID}/4\""), text);
        assertTrue(text.contains(" merge "), text);
        assertTrue(!Files.exists(tmp.resolve("s").resolve("runs")), "emitting runs nothing");
    }

    @Test
    void mistakesAreNamed(@TempDir Path tmp) throws IOException {
        Cli output = run(args(tmp.resolve("x"), "--outputs", "meanUse"));
        assertEquals(Main.BAD_INPUT, output.exitCode);
        assertTrue(output.err.contains("'meanUse' is not a recorded measure"), output.err);
        Cli param = Cli.run("sensitivity", "quickstart", "--param", "pathways.compensaton.strength");
        assertEquals(Main.BAD_INPUT, param.exitCode);
        assertTrue(param.err.contains("no such parameter"), param.err);
        Cli range = Cli.run("sensitivity", "quickstart", "--param", "pathways.displacement.strength=0..99");
        assertEquals(Main.BAD_INPUT, range.exitCode);
        assertTrue(range.err.contains("reaches outside"), range.err);
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "mine");
        Cli onFile = run(args(file));
        assertEquals(Main.BAD_INPUT, onFile.exitCode);
        assertTrue(onFile.err.contains("is a file"), onFile.err);
        Cli levels = run(args(tmp.resolve("y"), "--levels", "3"));
        assertEquals(Main.BAD_INPUT, levels.exitCode);
        assertTrue(levels.err.contains("even --levels"), levels.err);
        assertTrue(!levels.err.contains("Exception"), levels.err);
    }
}
