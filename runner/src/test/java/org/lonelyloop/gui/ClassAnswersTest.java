package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.observe.DayRecord;

/** The Predictions tab and the comparison card, in English and Dutch, driven as a teacher would. */
class ClassAnswersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void theCardPutsEachAnswerBesideWhatHappenedAndSavesAsPictureAndTable(String language) throws Exception {
        Labels labels = Labels.forLanguage(language);
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), labels);
        PredictionsPanel panel = new PredictionsPanel(gui);
        gui.start();
        assertNull(gui.comparison(), "nothing to compare before the first day");
        panel.type(Question.STRONGLY_LONELY, "12");
        panel.type(Question.USE, labels.get("predict.more"));
        panel.type(Question.MEETINGS, labels.get("predict.less"));
        assertTrue(panel.record(), panel.message());
        List<DayRecord> days = new java.util.ArrayList<>();
        HeadlessGui.model(gui).addObserver(days::add);
        HeadlessGui.step(gui, 30);
        List<DayRecord> firstWeek = gui.firstWeek();
        assertEquals(7, firstWeek.size());
        assertEquals(0, firstWeek.get(0).day());
        DayRecord last = HeadlessGui.model(gui).latest();
        ComparisonCard card = gui.comparison();
        List<ClassAnswers.Outcome> rows = card.outcomes();
        assertEquals(Question.values().length, rows.size());

        double strongly = weekMean(days, "shareStronglyLonely", 23, 30) * 100;
        ClassAnswers.Outcome lonely = rows.get(Question.STRONGLY_LONELY.ordinal());
        assertEquals("12", lonely.predicted());
        assertEquals(String.format(labels.locale(), strongly >= 10 || strongly == Math.rint(strongly) ? "%.0f" : "%.1f",
                strongly), lonely.happened());
        assertEquals(Math.abs(12 - strongly) <= 5, lonely.right());

        ClassAnswers.Outcome use = rows.get(Question.USE.ordinal());
        double from = firstWeek.stream().mapToDouble(r -> r.get("meanUseMinutes")).average().orElseThrow();
        double to = weekMean(days, "meanUseMinutes", 23, 30);
        String word = labels.get(to > from ? "predict.more" : "predict.less");
        assertTrue(use.happened().startsWith(word + ":"), use.happened());
        assertEquals(to > from, use.right());
        assertEquals(labels.get("predict.less"), rows.get(Question.MEETINGS.ordinal()).predicted());

        ClassAnswers.Outcome open = rows.get(Question.REINFORCING.ordinal());
        assertEquals(labels.get("predict.none"), open.predicted());
        assertNull(open.right(), "an unanswered question is neither right nor wrong");

        Path png = card.save(dir);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(ComparisonCard.WIDTH, img.getWidth());
        assertTrue(Pictures.colours(img) > 50, "the card is drawn, charts included");
        List<String> csv = Files.readAllLines(dir.resolve("predictions-day" + last.day() + ".csv"), StandardCharsets.UTF_8);
        assertEquals("question,predicted,happened,right", csv.get(0));
        assertEquals(1 + Question.values().length, csv.size());
        assertTrue(csv.get(1).contains(labels.get(Question.STRONGLY_LONELY.key()).substring(0, 10)), csv.get(1));
        assertTrue(csv.get(4).endsWith(","), "the open question has no verdict: " + csv.get(4));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void anAnswerThatIsNotANumberIsRefusedNamingTheQuestion(String language) {
        Labels labels = Labels.forLanguage(language);
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), labels);
        PredictionsPanel panel = new PredictionsPanel(gui);
        panel.type(Question.REINFORCING, "a few");
        assertFalse(panel.record());
        assertEquals(labels.get("predict.bad.number", labels.get(Question.REINFORCING.key()), "a few"), panel.message());
        assertFalse(gui.predictions().any());
        panel.type(Question.REINFORCING, "3");
        assertTrue(panel.record());
        assertEquals(3.0, gui.predictions().answer(Question.REINFORCING).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void dutchDecimalCommasAndPerCentSignsAreRead(String language) {
        Labels labels = Labels.forLanguage(language);
        ClassAnswers p = new ClassAnswers();
        p.answer(Question.STRONGLY_LONELY, "12,5 %", labels);
        assertEquals(12.5, p.answer(Question.STRONGLY_LONELY).value());
        p.answer(Question.STRONGLY_LONELY, " ", labels);
        assertNull(p.answer(Question.STRONGLY_LONELY), "a blank clears the answer");
        assertEquals(labels.get("predict.bad.moreLess", labels.get(Question.USE.key()), "lots"),
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> p.answer(Question.USE, "lots", labels)).getMessage());
        assertEquals("en".equals(language) ? Locale.ENGLISH : new Locale("nl"), labels.locale());
    }

    /** The mean of a column over days [from, to) as the model recorded them. */
    private static double weekMean(List<DayRecord> days, String column, int from, int to) {
        double sum = 0;
        for (DayRecord r : days) {
            if (r.day() >= from && r.day() < to) {
                sum += r.get(column);
            }
        }
        return sum / (to - from);
    }
}
