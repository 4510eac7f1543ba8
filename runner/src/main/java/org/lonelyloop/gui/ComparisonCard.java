package org.lonelyloop.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.jfree.chart.JFreeChart;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.table.Csv;

/**
 * The card shown at the end of a run: each of the lesson's questions with the class's prediction
 * beside what happened and the live chart that shows it. Drawn by hand (like the loop diagram) so
 * that the same picture appears on screen and in the saved PNG.
 */
final class ComparisonCard extends JComponent {
    private static final long serialVersionUID = 1L;
    static final int WIDTH = 1100;
    private static final int HEADER = 90;
    private static final int ROW = 220;
    private static final Color RIGHT = new Color(0xDD, 0xF2, 0xEA);
    private static final Color WRONG = new Color(0xFD, 0xE0, 0xD0);
    private static final Color OPEN = new Color(0xF4, 0xF4, 0xF4);

    private final Labels labels;
    private final List<ClassAnswers.Outcome> outcomes;
    private final List<JFreeChart> charts;
    private final LoopDiagram loop;
    private final int day;

    ComparisonCard(Labels labels, List<ClassAnswers.Outcome> outcomes, List<JFreeChart> charts, LoopDiagram loop,
            int day) {
        this.labels = labels;
        this.outcomes = List.copyOf(outcomes);
        this.charts = charts;
        this.loop = loop;
        this.day = day;
        setPreferredSize(new Dimension((int) (WIDTH * Zoom.factor()), (int) (height() * Zoom.factor())));
    }

    int height() {
        return HEADER + ROW * outcomes.size() + 20;
    }

    List<ClassAnswers.Outcome> outcomes() {
        return outcomes;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.scale(Zoom.factor(), Zoom.factor());
            draw(g2);
        } finally {
            g2.dispose();
        }
    }

    void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height());
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(labels.get("card.title"), 30, 45);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        long right = outcomes.stream().filter(o -> Boolean.TRUE.equals(o.right())).count();
        long answered = outcomes.stream().filter(o -> o.right() != null).count();
        g.drawString(labels.get("card.summary", day, right, answered), 30, 75);
        int y = HEADER;
        for (ClassAnswers.Outcome o : outcomes) {
            row(g, o, y);
            y += ROW;
        }
    }

    private void row(Graphics2D g, ClassAnswers.Outcome o, int y) {
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(20, y, WIDTH - 40, ROW - 12, 14, 14);
        g.setColor(o.right() == null ? OPEN : o.right() ? RIGHT : WRONG);
        g.fill(box);
        g.setColor(new Color(0xBB, 0xBB, 0xBB));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(box);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 19));
        int x = 40;
        int textWidth = 510;
        int line = LoopDiagram.wrap(g, labels.get(o.question().key()), x, y + 30, textWidth);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString(labels.get("card.predicted", o.predicted()), x, line + 34);
        g.drawString(labels.get("card.happened", o.happened()), x, line + 62);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        String verdict = o.right() == null ? labels.get("card.open") : labels.get(o.right() ? "card.right" : "card.wrong");
        g.drawString(verdict, x, line + 92);
        Rectangle2D.Double cell = new Rectangle2D.Double(WIDTH - 520, y + 6, 490, ROW - 24);
        if (o.question().chart == Question.LOOP) {
            g.setColor(Color.WHITE);
            g.fill(cell);
            Graphics2D sub = (Graphics2D) g.create();
            double s = Math.min(cell.width / LoopDiagram.W, cell.height / LoopDiagram.H);
            sub.translate(cell.x + (cell.width - LoopDiagram.W * s) / 2, cell.y);
            sub.scale(s, s);
            loop.draw(sub);
            sub.dispose();
        } else {
            charts.get(o.question().chart).draw(g, cell);
        }
    }

    /** The card as a picture. */
    BufferedImage image() {
        BufferedImage img = new BufferedImage(WIDTH, height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Saves the card in {@code folder} as {@code predictions-day<N>.png} (the picture) and
     * {@code .csv} (the table), each written whole or not at all; returns the PNG's path.
     */
    Path save(Path folder) throws IOException {
        Files.createDirectories(folder);
        String stem = "predictions-day" + day;
        Path png = folder.resolve(stem + ".png");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(image(), "png", bytes);
        Csv.writeAtomically(png, bytes.toByteArray());
        Csv.writeAtomically(folder.resolve(stem + ".csv"), ClassAnswers.csv(outcomes, labels));
        return png;
    }
}
