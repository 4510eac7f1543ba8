package org.lonelyloop.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JPanel;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.report.Look;

/**
 * The feedback loop drawn as boxes and arrows: loneliness drives social-media use; use takes time
 * from friends (displacement), brings comparison and a worse mood, and at night costs sleep; each
 * of these adds loneliness; a checking habit feeds use by itself; face-to-face contact relieves.
 * Each arrow's width is its strength in the pathway ledger now (a week's mean), and the panel
 * says plainly whether the loop is reinforcing.
 */
public final class LoopDiagram extends JPanel {
    private static final long serialVersionUID = 1L;
    static final double W = 1000;
    static final double H = 700;
    /** Loneliness per day (logit) drawn at full width, and minutes a day likewise. */
    private static final double FULL_LOGIT = 0.004;
    private static final double FULL_MINUTES = 25;
    private static final Color USE_ARROW = Look.series(0);
    private static final Color HARM_ARROW = Look.STRONGLY_LONELY;
    private static final Color RELIEF_ARROW = Look.NOT_LONELY;

    private final Labels labels;
    private LoopReading reading;

    private String note = "";

    public LoopDiagram(Labels labels) {
        this.labels = labels;
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(900, 630));
    }

    /** Shows a new reading (call on the Swing thread). */
    public void show(LoopReading r) {
        this.reading = r;
        repaint();
    }

    /**
     * The lesson's note, drawn in the top left corner: what the lesson sets apart from the Dutch
     * population (LessonNote); empty for none. Call on the Swing thread.
     */
    public void lessonNote(String note) {
        this.note = note == null ? "" : note;
        repaint();
    }

    /** The note shown (tests). */
    String lessonNote() {
        return note;
    }

    public LoopReading reading() {
        return reading;
    }

    private record Box(double x, double y, String text, Color fill) {
        Point2D.Double centre() {
            return new Point2D.Double(x, y);
        }

        /** Where a line from the centre towards {@code p} leaves the box, plus a gap. */
        Point2D.Double edgeTowards(Point2D.Double p, double halfWidth, double halfHeight, double gap) {
            double dx = p.x - x;
            double dy = p.y - y;
            double len = Math.hypot(dx, dy);
            if (len == 0) {
                return centre();
            }
            double t = Math.min(dx == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
                    dy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
            return new Point2D.Double(x + dx * t + dx / len * gap, y + dy * t + dy / len * gap);
        }
    }

    private static final Font BOX_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);

    /** Half the width and height of a box as drawn. */
    private static double[] half(Graphics2D g, Box b) {
        FontMetrics fm = g.getFontMetrics(BOX_FONT);
        String[] lines = b.text().split("\\n");
        int w = 0;
        for (String l : lines) {
            w = Math.max(w, fm.stringWidth(l));
        }
        return new double[] {(w + 28) / 2.0, (lines.length * fm.getHeight() + 16) / 2.0};
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double s = Math.min(getWidth() / W, getHeight() / H);
        g.translate((getWidth() - W * s) / 2, (getHeight() - H * s) / 2);
        g.scale(s, s);
        draw(g);
        g.dispose();
    }

    /** Draws onto a canvas of 1000 x 700 units. */
    void draw(Graphics2D g) {
        LoopReading r = reading != null ? reading : new LoopReading(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Color soft = new Color(0xF4, 0xF4, 0xF4);
        Box use = new Box(500, 165, labels.get("loop.node.use"), new Color(0xDC, 0xEB, 0xF7));
        Box habit = new Box(500, 40, labels.get("loop.node.habit"), soft);
        Box less = new Box(860, 330, labels.get("loop.node.displacement"), soft);
        Box mood = new Box(135, 330, labels.get("loop.node.comparison"), soft);
        Box sleep = new Box(362, 330, labels.get("loop.node.sleep"), soft);
        Box lonely = new Box(500, 495, labels.get("loop.node.loneliness"), new Color(0xFB, 0xE3, 0xD6));
        Box friends = new Box(845, 500, labels.get("loop.node.contact"), new Color(0xDD, 0xF2, 0xEA));

        arrow(g, lonely, use, r.lonelinessToUse() / FULL_MINUTES, USE_ARROW, 1, labels.get("loop.arrow.compensation"));
        arrow(g, use, habit, r.habitToUse() / FULL_MINUTES, USE_ARROW, -45, null);
        arrow(g, habit, use, r.habitToUse() / FULL_MINUTES, USE_ARROW, -45, null);
        arrow(g, use, less, r.displacement() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, less, lonely, r.displacement() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, use, mood, r.comparison() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, mood, lonely, r.comparison() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, use, sleep, r.sleep() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, sleep, lonely, r.sleep() / FULL_LOGIT, HARM_ARROW, 0, null);
        arrow(g, lonely, friends, r.withdrawal() / FULL_LOGIT, HARM_ARROW, -40, labels.get("loop.arrow.withdrawal"));
        arrow(g, friends, lonely, r.contactRelief() / FULL_LOGIT, RELIEF_ARROW, -40, labels.get("loop.arrow.relief"));
        for (Box b : new Box[] {lonely, use, habit, less, mood, sleep, friends}) {
            box(g, b);
        }
        verdict(g, r);
        if (!note.isEmpty()) {
            g.setColor(new Color(0x66, 0x55, 0x22));
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 15));
            wrap(g, note, 20, 24, 300);
        }
    }

    private void box(Graphics2D g, Box b) {
        g.setFont(BOX_FONT);
        FontMetrics fm = g.getFontMetrics();
        String[] lines = b.text().split("\\n");
        double[] h = half(g, b);
        double bw = 2 * h[0];
        double bh = 2 * h[1];
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x() - bw / 2, b.y() - bh / 2, bw, bh, 18, 18);
        g.setColor(b.fill());
        g.fill(shape);
        g.setColor(new Color(0x66, 0x66, 0x66));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(shape);
        g.setColor(new Color(0x22, 0x22, 0x22));
        double y = b.y() - bh / 2 + 8 + fm.getAscent();
        for (String l : lines) {
            g.drawString(l, (float) (b.x() - fm.stringWidth(l) / 2.0), (float) y);
            y += fm.getHeight();
        }
    }

    /**
     * An arrow from one box towards another, bent by {@code bend} units, as wide as its strength
     * (0..1 of full, capped); a pathway contributing nothing is a thin dashed line.
     */
    private static void arrow(Graphics2D g, Box from, Box to, double strength, Color colour, double bend, String label) {
        Point2D.Double a = from.centre();
        Point2D.Double b = to.centre();
        double mx = (a.x + b.x) / 2;
        double my = (a.y + b.y) / 2;
        double len = a.distance(b);
        double nx = -(b.y - a.y) / len;
        double ny = (b.x - a.x) / len;
        Point2D.Double ctrl = new Point2D.Double(mx + nx * bend, my + ny * bend);
        double[] hf = half(g, from);
        double[] ht = half(g, to);
        Point2D.Double start = from.edgeTowards(ctrl, hf[0], hf[1], 6);
        Point2D.Double end = to.edgeTowards(ctrl, ht[0], ht[1], 6);
        double v = Math.max(0, Math.min(1.5, strength));
        boolean off = v < 0.02;
        float width = off ? 1.5f : (float) (2 + 14 * v);
        g.setColor(off ? new Color(0xBB, 0xBB, 0xBB) : colour);
        g.setStroke(off ? new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {6, 6}, 0)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        double headLength = 16 + 1.2 * width;
        Point2D.Double shaftEnd = towards(end, ctrl, headLength * 0.8);
        g.draw(new QuadCurve2D.Double(start.x, start.y, ctrl.x, ctrl.y, shaftEnd.x, shaftEnd.y));
        double angle = Math.atan2(end.y - ctrl.y, end.x - ctrl.x);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-headLength, -(headLength * 0.45 + width / 2));
        head.lineTo(-headLength, headLength * 0.45 + width / 2);
        head.closePath();
        AffineTransform t = AffineTransform.getTranslateInstance(end.x, end.y);
        t.rotate(angle);
        g.fill(t.createTransformedShape(head));
        if (label != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 17));
            g.setColor(new Color(0x44, 0x44, 0x44));
            FontMetrics fm = g.getFontMetrics();
            double side = bend > 0 ? 1 : -1;
            double lx = ctrl.x + nx * side * (12 + width / 2);
            double ly = ctrl.y + ny * side * (12 + width / 2);
            double across = nx * side;
            double tx = Math.abs(across) > 0.5 ? (across > 0 ? lx : lx - fm.stringWidth(label)) : lx - fm.stringWidth(label) / 2.0;
            double ty = ly + (Math.abs(across) > 0.5 ? fm.getAscent() / 2.0 : ny * side > 0 ? fm.getAscent() : 0);
            g.drawString(label, (float) tx, (float) ty);
        }
    }

    private static Point2D.Double towards(Point2D.Double p, Point2D.Double q, double by) {
        double d = p.distance(q);
        return d == 0 ? p : new Point2D.Double(p.x + (q.x - p.x) / d * by, p.y + (q.y - p.y) / d * by);
    }

    private void verdict(Graphics2D g, LoopReading r) {
        String[] v = reading == null ? new String[] {labels.get("loop.waiting"), ""} : r.verdict(labels);
        boolean hot = reading != null && r.isReinforcing();
        RoundRectangle2D.Double panel = new RoundRectangle2D.Double(40, 580, 920, 110, 16, 16);
        g.setColor(reading == null ? new Color(0xF4, 0xF4, 0xF4) : hot ? new Color(0xFD, 0xE0, 0xD0)
                : new Color(0xDD, 0xF2, 0xEA));
        g.fill(panel);
        g.setColor(hot ? HARM_ARROW : RELIEF_ARROW);
        g.setStroke(new BasicStroke(2));
        g.draw(panel);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(v[0], 60, 617);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 19));
        wrap(g, v[1], 60, 650, 880);
    }

    /** Draws {@code text} wrapped to {@code width} from baseline {@code y}; returns the last line's baseline. */
    static int wrap(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics fm = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += fm.getHeight();
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(line.toString(), x, y);
        return y;
    }
}
