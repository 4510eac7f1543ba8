package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.scale.DeJongGierveld;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * The network view drawn off screen, as the Display2D draws it: each person's circle carries the
 * colour of their loneliness where they stand, problematic users have their dark ring, ties are
 * drawn, and the legend's scale is there.
 */
class NetworkViewTest {
    private static final int W = 1000;
    private static final int H = 700;
    private static final double SCALE = W / SocialField.WIDTH;
    private static LonelyLoopWithUI gui;
    private static BufferedImage image;

    @BeforeAll
    static void draw() {
        gui = HeadlessGui.after(20, Labels.forLanguage("en"));
        image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        for (FieldPortrayal2D p : new FieldPortrayal2D[] {gui.onlinePortrayal(), gui.offlinePortrayal(),
            gui.peoplePortrayal()}) {
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, W, H);
            p.draw(p.getField(), g, new DrawInfo2D(gui, p, all, all));
        }
        g.dispose();
    }

    private static Double2D pixel(int id) {
        Double2D at = gui.field().position(id);
        return new Double2D(at.x * SCALE, at.y * SCALE);
    }

    private static double radiusPx(AgentView a) {
        return new AgentPortrayal(gui.field().size(), () -> -1, null).diameter(a.getUseMinutes()) * SCALE / 2;
    }

    /** People whose circle touches no one else's, so their centre shows their own colour. */
    private static boolean alone(int id) {
        Double2D p = pixel(id);
        double r = radiusPx(gui.field().agent(id));
        for (int j = 0; j < gui.field().size(); j++) {
            if (j != id && pixel(j).distance(p) < r + radiusPx(gui.field().agent(j)) + 4) {
                return false;
            }
        }
        return true;
    }

    @Test
    void eachPersonIsDrawnInTheColourOfTheirLoneliness() {
        int checked = 0;
        for (int id = 0; id < gui.field().size(); id++) {
            if (!alone(id)) {
                continue;
            }
            Double2D p = pixel(id);
            Color expected = LonelinessColours.of(gui.field().agent(id).getLoneliness());
            assertEquals(expected.getRGB() & 0xFFFFFF, image.getRGB((int) p.x, (int) p.y) & 0xFFFFFF, "person " + id);
            checked++;
        }
        assertTrue(checked >= gui.field().size() / 2, "most people stand clear of others: " + checked);
    }

    @Test
    void problematicUsersHaveADarkRing() {
        int rings = 0;
        for (int id = 0; id < gui.field().size(); id++) {
            AgentView a = gui.field().agent(id);
            if (!alone(id) || !a.getProblematicUse()) {
                continue;
            }
            Double2D p = pixel(id);
            int edge = (int) Math.round(p.x + radiusPx(a));
            boolean dark = false;
            for (int dx = -3; dx <= 1; dx++) {
                dark |= (image.getRGB(edge + dx, (int) p.y) & 0xFFFFFF) == (AgentPortrayal.PROBLEMATIC_RING.getRGB() & 0xFFFFFF);
            }
            assertTrue(dark, "person " + id + " has the problematic-use ring");
            rings++;
        }
        assertTrue(rings > 0, "the classroom has problematic users standing clear of others");
    }

    @Test
    void theColourScaleSeparatesTheCategories() {
        Color not = LonelinessColours.of(0.1);
        Color strongly = LonelinessColours.of(0.9);
        assertTrue(not.getGreen() > not.getRed(), "not lonely is green: " + not);
        assertTrue(strongly.getRed() > 2 * strongly.getGreen(), "strongly lonely is red: " + strongly);
        assertEquals(org.lonelyloop.report.Look.SOMEWHAT_LONELY, LonelinessColours.of(DeJongGierveld.SOMEWHAT_FROM));
    }

    private static boolean near(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                + Math.abs(p.getBlue() - c.getBlue()) <= 6;
    }

    @Test
    void tiesAreDrawnAndTheLegendShowsTheScale() {
        int grey = 0;
        for (int y = 0; y < H; y += 2) {
            for (int x = 0; x < W; x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r == gr && gr == b && r < 200) {
                    grey++;
                }
            }
        }
        assertTrue(grey > 500, "tie lines: " + grey);
        BufferedImage legend = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = legend.createGraphics();
        gui.legend().layout(g, 400, true);
        g.dispose();
        boolean green = false;
        boolean red = false;
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 80; y++) {
                green |= near(legend.getRGB(x, y), LonelinessColours.of(0.0));
                red |= near(legend.getRGB(x, y), LonelinessColours.of(1.0));
            }
        }
        assertTrue(green && red, "the legend's bar runs from not lonely to very lonely");
    }
}
