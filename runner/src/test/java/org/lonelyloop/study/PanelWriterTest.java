package org.lonelyloop.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;

/** panel.csv's partner status and events since the last wave, as a household panel records them. */
class PanelWriterTest {
    private static final long SEED = 3;

    private static Scenario scenario() throws Exception {
        Scenario s = Scenario.defaults().withPopulation(PopulationParams.defaults().withSize(1500))
                .withDuration(Days.of(80)).withBurnIn(Days.of(60));
        return ScenarioLoader.override(s, List.of("partners.turnover=false", "panel.size=600", "panel.first=0d",
                "panel.every=50d", "events=[{type: move, day: 20d, share: 0.3}, {type: widowhood, day: 25d, share: 0.3}]"));
    }

    /** Runs recorded days until {@code last} has run, telling the writer after each. */
    private static void runTo(LonelyLoop m, PanelWriter w, int last) {
        while (m.day() <= last) {
            m.stepDay();
            w.afterDay(m, m.day() - 1, null);
        }
    }

    private static List<String> wave(Path file, int wave) throws Exception {
        return Files.readAllLines(file).stream().skip(1).filter(l -> l.split(",")[1].equals(String.valueOf(wave)))
                .collect(Collectors.toList());
    }

    @Test
    void aWaveRecordsTheEventsSinceTheLastOneAndAResumedPanelRemembersThem(@TempDir Path tmp) throws Exception {
        Scenario s = scenario();
        LonelyLoop m = LonelyLoop.create(s.model(), SEED, 2);
        m.start();
        while (m.inBurnIn()) {
            m.stepBurnInDay();
        }
        PanelWriter straight = new PanelWriter(tmp.resolve("straight.csv"), false, s.panel(), SEED, 80);
        runTo(m, straight, 30);
        // A checkpoint between the events and the next wave: the model and the panel's memory saved.
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        straight.save(saved);
        LonelyLoop copy = Checkpoint.copy(m);
        PanelWriter resumed = new PanelWriter(tmp.resolve("resumed.csv"), false, s.panel(), SEED, 80);
        resumed.restore(new ByteArrayInputStream(saved.toByteArray()));
        runTo(m, straight, 60);
        runTo(copy, resumed, 60);
        straight.close();
        resumed.close();

        List<String> first = wave(tmp.resolve("straight.csv"), 0);
        List<String> second = wave(tmp.resolve("straight.csv"), 1);
        assertEquals(second, wave(tmp.resolve("resumed.csv"), 1), "the resumed panel answers as the one that never stopped");
        assertTrue(first.stream().allMatch(l -> l.endsWith(",")), "nothing happened before the first wave");
        long moved = second.stream().filter(l -> events(l).contains("move")).count();
        long widowed = second.stream().filter(l -> events(l).contains("widowhood")).count();
        assertEquals(0.3, (double) moved / second.size(), 0.06, "three in ten moved between the waves");
        assertTrue(widowed > 0.3 * 0.5 * second.size(), "three in ten of the partnered were widowed: " + widowed);
        for (String l : second) {
            String[] f = l.split(",", -1);
            if (f[f.length - 1].contains("widowhood")) {
                assertEquals("0", f[f.length - 2], "a widow lives without a partner (no one re-partners here): " + l);
            }
        }
    }

    private static List<String> events(String line) {
        String[] f = line.split(",", -1);
        return List.of(f[f.length - 1].split(";"));
    }

    @Test
    void theEventsColumnNamesEveryEventOnce() {
        assertEquals("", PanelWriter.events((byte) 0));
        assertEquals("widowhood;move", PanelWriter.events((byte) 0b01001));
        assertEquals(String.join(";", PanelWriter.EVENTS), PanelWriter.events((byte) 0b11111));
    }
}
