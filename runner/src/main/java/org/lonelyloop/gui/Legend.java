package org.lonelyloop.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * The network view's key, in a strip under the network rather than on it: drawn over the field it
 * hid a quarter of the class on a projector, however small it was made, while below it the people
 * keep the whole field and the key keeps words a class can read. The loneliness colour scale with
 * its three categories, then what circle size, a dark ring, a purple ring and the lines mean (each
 * shown, so the words only say what it stands for), set in rows as wide as the window: a narrow
 * window gets more rows, not smaller words.
 */
final class Legend extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int BAR = 170;
    private static final int GAP = 18;
    private static final int PAD = 6;
    /** The largest share of the network window's height the key takes, if smaller words allow. */
    static final double MAX_SHARE = 0.22;
    /** Only for measuring words. */
    private static final Graphics2D SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    private final Labels labels;
    /** How much larger than usual the key draws: the GUI's scale, or less in a small window. */
    private double size = Zoom.factor();

    Legend(Labels labels) {
        this.labels = labels;
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    /** One entry: its width and height at the current zoom, and how to draw it with its top-left at (x, y). */
    private interface Entry {
        int width(FontMetrics fm);

        int height(FontMetrics fm);

        void draw(Graphics2D g, FontMetrics fm, int x, int y);
    }

    private List<Entry> entries() {
        return List.of(new Scale(), symbol("legend.size", Legend::size), symbol("legend.problematic", Legend::ring),
                symbol("legend.followed", Legend::followed), symbol("legend.offline", Legend::offline),
                symbol("legend.online", Legend::online));
    }

    /**
     * As wide as the window and as tall as its rows; at a large {@code --scale} in a small window
     * the words step down (never below the usual size) until the key takes at most
     * {@link #MAX_SHARE} of the window's height, so the class stays the larger part.
     */
    @Override
    public Dimension getPreferredSize() {
        boolean placed = getParent() != null && getParent().getWidth() > 0;
        int width = placed ? getParent().getWidth() : 10_000;
        int room = placed ? (int) (MAX_SHARE * getParent().getHeight()) : Integer.MAX_VALUE;
        Graphics2D g = (Graphics2D) SCRATCH.create();
        try {
            size = Zoom.factor();
            int height = layout(g, width, false);
            while (height > room && size > 1) {
                size = Math.max(1, size * 0.9);
                height = layout(g, width, false);
            }
            return new Dimension(width, height);
        } finally {
            g.dispose();
        }
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            layout(g, getWidth(), true);
        } finally {
            g.dispose();
        }
    }

    /** Sets the entries in rows no wider than {@code width}, drawing them if asked; returns the height used. */
    int layout(Graphics2D g, int width, boolean draw) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * size)));
        FontMetrics fm = g.getFontMetrics();
        int x = PAD;
        int y = PAD;
        int rowHeight = 0;
        for (Entry e : entries()) {
            int w = e.width(fm);
            if (x > PAD && x + w > width - PAD) {
                x = PAD;
                y += rowHeight + PAD;
                rowHeight = 0;
            }
            if (draw) {
                e.draw(g, fm, x, y);
            }
            x += w + of(GAP);
            rowHeight = Math.max(rowHeight, e.height(fm));
        }
        return y + rowHeight + PAD;
    }

    /** The colour scale: its name, then a bar from not lonely to very lonely, marked and named at the category bounds. */
    private final class Scale implements Entry {
        @Override
        public int width(FontMetrics fm) {
            return title(fm) + (int) of(BAR);
        }

        @Override
        public int height(FontMetrics fm) {
            return (int) of(14) + fm.getHeight();
        }

        private int title(FontMetrics fm) {
            // Measured in bold, as it is drawn.
            FontMetrics bold = SCRATCH.getFontMetrics(fm.getFont().deriveFont(Font.BOLD));
            return bold.stringWidth(labels.get("legend.loneliness")) + fm.getHeight() / 2;
        }

        @Override
        public void draw(Graphics2D g, FontMetrics fm, int x, int y) {
            int barHeight = (int) of(12);
            Font plain = g.getFont();
            g.setFont(plain.deriveFont(Font.BOLD));
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels.get("legend.loneliness"), x, y + (barHeight + fm.getAscent() - fm.getDescent()) / 2);
            g.setFont(plain);
            int left = x + title(fm);
            int bar = (int) of(BAR);
            for (int px = 0; px < bar; px++) {
                g.setColor(LonelinessColours.of((px + 0.5) / bar));
                g.fillRect(left + px, y, 1, barHeight);
            }
            g.setColor(Color.DARK_GRAY);
            int somewhat = left + (int) Math.round(bar * DeJongGierveld.SOMEWHAT_FROM);
            int strongly = left + (int) Math.round(bar * DeJongGierveld.STRONGLY_FROM);
            g.drawLine(somewhat, y - 2, somewhat, y + barHeight + 2);
            g.drawLine(strongly, y - 2, strongly, y + barHeight + 2);
            g.setFont(plain.deriveFont(plain.getSize2D() * 0.85f));
            FontMetrics small = g.getFontMetrics();
            int base = y + barHeight + 2 + small.getAscent();
            centred(g, small, labels.get("legend.not"), (left + somewhat) / 2, base);
            centred(g, small, labels.get("legend.somewhat"), (somewhat + strongly) / 2, base);
            centred(g, small, labels.get("legend.strongly"), (strongly + left + bar) / 2, base);
            g.setFont(plain);
        }
    }

    /** How a symbol is drawn in a box {@code s} pixels square with its top-left at (x, y). */
    private interface Symbol {
        void draw(Graphics2D g, double x, double y, double s);
    }

    private Entry symbol(String key, Symbol symbol) {
        return new Entry() {
            @Override
            public int width(FontMetrics fm) {
                return box(fm) + fm.getHeight() / 2 + fm.stringWidth(labels.get(key));
            }

            @Override
            public int height(FontMetrics fm) {
                return box(fm);
            }

            @Override
            public void draw(Graphics2D g, FontMetrics fm, int x, int y) {
                int s = box(fm);
                symbol.draw(g, x, y, s);
                g.setColor(Color.DARK_GRAY);
                g.setStroke(new BasicStroke(1));
                g.drawString(labels.get(key), x + s + fm.getHeight() / 2, y + (s + fm.getAscent() - fm.getDescent()) / 2);
            }

            private int box(FontMetrics fm) {
                return fm.getHeight() + 4;
            }
        };
    }

    private static void size(Graphics2D g, double x, double y, double s) {
        g.setColor(LonelinessColours.of(0.15));
        g.fill(new Ellipse2D.Double(x, y + s * 0.55, s * 0.35, s * 0.35));
        g.fill(new Ellipse2D.Double(x + s * 0.4, y + s * 0.15, s * 0.75, s * 0.75));
    }

    private static void ring(Graphics2D g, double x, double y, double s) {
        Ellipse2D.Double circle = new Ellipse2D.Double(x + s * 0.15, y + s * 0.15, s * 0.7, s * 0.7);
        g.setColor(LonelinessColours.of(0.15));
        g.fill(circle);
        g.setColor(AgentPortrayal.PROBLEMATIC_RING);
        g.setStroke(new BasicStroke((float) (s * 0.12)));
        g.draw(circle);
    }

    private static void followed(Graphics2D g, double x, double y, double s) {
        g.setColor(AgentPortrayal.FOLLOWED_RING);
        g.setStroke(new BasicStroke((float) (s * 0.12)));
        g.draw(new Ellipse2D.Double(x + s * 0.1, y + s * 0.1, s * 0.8, s * 0.8));
    }

    private static void offline(Graphics2D g, double x, double y, double s) {
        g.setColor(TiePortrayal.OFFLINE);
        g.setStroke(new BasicStroke((float) (s * 0.18), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + s * 0.1, y + s / 2, x + s * 1.2, y + s / 2));
    }

    private static void online(Graphics2D g, double x, double y, double s) {
        g.setColor(TiePortrayal.ONLINE);
        g.setStroke(new BasicStroke((float) Math.max(1.5, s * 0.06)));
        g.draw(new Line2D.Double(x + s * 0.1, y + s / 2, x + s * 1.2, y + s / 2));
    }

    private float of(double px) {
        return (float) (px * size);
    }

    private static void centred(Graphics2D g, FontMetrics fm, String s, int x, int y) {
        g.drawString(s, x - fm.stringWidth(s) / 2, y);
    }
}
