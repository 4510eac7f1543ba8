package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;

/** {@code gui --scale}: every window's text, the circles, ties and legend grow by the factor, and no more. */
class ZoomTest {
    private static final Labels EN = Labels.forLanguage("en");

    @AfterEach
    void back() {
        Zoom.set(1);
    }

    @Test
    void swingsFontsGrowByTheFactorFromTheirOwnSizeEvenWhenSetTwice() {
        Zoom.set(1);
        float label = UIManager.getFont("Label.font").getSize2D();
        Zoom.set(2);
        Zoom.set(2);
        assertEquals(2 * label, UIManager.getFont("Label.font").getSize2D(), 1e-3);
        Zoom.set(1);
        assertEquals(label, UIManager.getFont("Label.font").getSize2D(), 1e-3);
    }

    @Test
    void circlesTheDiaryAndTheChartsGrow() {
        AgentPortrayal one = new AgentPortrayal(30, () -> -1, id -> { });
        double small = one.diameter(120);
        float diary = textArea(new DiaryPanel(EN, id -> { })).getFont().getSize2D();
        Font chartTitle = new LiveCharts(EN).charts().get(0).getTitle().getFont();
        Zoom.set(1.5);
        assertEquals(1.5 * small, new AgentPortrayal(30, () -> -1, id -> { }).diameter(120), 1e-12);
        assertEquals(1.5 * diary, textArea(new DiaryPanel(EN, id -> { })).getFont().getSize2D(), 0.5);
        assertEquals(1.5 * chartTitle.getSize2D(), new LiveCharts(EN).charts().get(0).getTitle().getFont().getSize2D(),
                0.5);
    }

    @Test
    void theLegendCoversFourTimesTheAreaAtTwice() {
        int normal = inked(legend());
        Zoom.set(2);
        int twice = inked(legend());
        assertTrue(twice > 3.3 * normal && twice < 4.7 * normal, normal + " then " + twice);
    }

    @Test
    void aFactorOutsideOneToThreeIsRefused() {
        assertEquals("--scale must be between 1.0 and 3.0, was 4.0",
                assertThrows(IllegalArgumentException.class, () -> Zoom.set(4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Zoom.set(0.5));
        assertThrows(IllegalArgumentException.class, () -> Zoom.set(Double.NaN));
    }

    private static BufferedImage legend() {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        new Legend(EN).layout(g, 1200, true);
        g.dispose();
        return img;
    }

    private static int inked(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) != 0 ? 1 : 0;
            }
        }
        return n;
    }

    private static JTextArea textArea(Container c) {
        for (Component k : c.getComponents()) {
            if (k instanceof JTextArea t) {
                return t;
            }
            if (k instanceof Container inner) {
                JTextArea t = textArea(inner);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
