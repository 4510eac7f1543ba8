package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.report.Look;

class LoopDiagramTest {
    private static final Labels EN = Labels.forLanguage("en");

    @Test
    void theVerdictSaysWhetherTheLoopFeedsItself() {
        LoopReading hot = new LoopReading(20, 5, 0.002, 0.003, 0.001, 0.001, 0.004, 0.8, 0.1, 30);
        assertEquals(3, hot.reinforcing());
        assertEquals("The loop is reinforcing for 3 of 30 people.", hot.verdict(EN)[0]);
        assertTrue(hot.verdict(EN)[1].contains("the group average is 0.80"), hot.verdict(EN)[1]);
        LoopReading calm = new LoopReading(20, 5, 0.002, 0.003, 0.001, 0.001, 0.004, 0.3, 0.01, 30);
        assertEquals("The loop is damped right now.", calm.verdict(EN)[0]);
        assertTrue(calm.verdict(EN)[1].contains("average loop gain 0.30, below 1"));
        assertEquals("De cirkel versterkt zichzelf bij 3 van de 30 mensen.", hot.verdict(Labels.forLanguage("nl"))[0]);
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage draw(LoopReading r) {
        LoopDiagram d = new LoopDiagram(EN);
        d.show(r);
        BufferedImage img = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 700);
        d.draw(g);
        g.dispose();
        return img;
    }

    @Test
    void strongerArmsAreDrawnWider() {
        BufferedImage weak = draw(new LoopReading(2, 1, 0.0005, 0.0005, 0.0005, 0, 0.002, 0.2, 0, 30));
        BufferedImage strong = draw(new LoopReading(25, 10, 0.004, 0.004, 0.004, 0, 0.002, 0.2, 0, 30));
        assertTrue(count(strong, Look.STRONGLY_LONELY) > 2 * count(weak, Look.STRONGLY_LONELY),
                "harmful arms grow with the ledger");
        assertTrue(count(strong, Look.series(0)) > 2 * count(weak, Look.series(0)), "the arrows into use grow");
        BufferedImage off = draw(new LoopReading(0, 0, 0, 0, 0, 0, 0, 0, 0, 30));
        assertEquals(0, count(off, Look.STRONGLY_LONELY), "switched-off arms are grey dashes");
    }
}
