package org.lonelyloop.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import org.lonelyloop.model.DeJongGierveld;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The network view's key, drawn in the top-left corner of whatever part of the field is visible
 * (so it stays put when zooming and appears in snapshots): the loneliness colour scale with its
 * three categories, what circle size, a dark ring and lines mean.
 */
final class Legend extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final Labels labels;

    Legend(Labels labels) {
        this.labels = labels;
        setField(labels);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // Scaled for the back of the classroom about the view's top-left corner, where it sits.
        java.awt.geom.AffineTransform before = g.getTransform();
        g.translate(info.clip.x, info.clip.y);
        g.scale(Zoom.factor(), Zoom.factor());
        g.translate(-info.clip.x, -info.clip.y);
        try {
            drawUnscaled(g, info);
        } finally {
            g.setTransform(before);
        }
    }

    private void drawUnscaled(Graphics2D g, DrawInfo2D info) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        Font bold = font.deriveFont(Font.BOLD);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight() + 4;
        int x = (int) info.clip.x + 12;
        int y = (int) info.clip.y + 12;
        int barWidth = 240;
        int widest = 0;
        for (String key : new String[] {"legend.size", "legend.problematic", "legend.followed", "legend.offline",
            "legend.online"}) {
            widest = Math.max(widest, fm.stringWidth(labels.get(key)));
        }
        int width = Math.max(barWidth, widest + 40) + 24;
        int height = 7 * line + 30;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 12, 12));
        g.setColor(new Color(0xBB, 0xBB, 0xBB));
        g.setStroke(new BasicStroke(1));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 12, 12));

        int cx = x + 12;
        int cy = y + 8 + fm.getAscent();
        g.setFont(bold);
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.loneliness"), cx, cy);
        g.setFont(font);
        cy += 6;
        for (int px = 0; px < barWidth; px++) {
            g.setColor(LonelinessColours.of((px + 0.5) / barWidth));
            g.fillRect(cx + px, cy, 1, 16);
        }
        g.setColor(Color.DARK_GRAY);
        int somewhat = cx + (int) Math.round(barWidth * DeJongGierveld.SOMEWHAT_FROM);
        int strongly = cx + (int) Math.round(barWidth * DeJongGierveld.STRONGLY_FROM);
        g.drawLine(somewhat, cy - 2, somewhat, cy + 18);
        g.drawLine(strongly, cy - 2, strongly, cy + 18);
        cy += 16 + fm.getAscent() + 2;
        Font small = font.deriveFont(13f);
        g.setFont(small);
        FontMetrics sm = g.getFontMetrics();
        centred(g, sm, labels.get("legend.not"), (cx + somewhat) / 2, cy);
        centred(g, sm, labels.get("legend.somewhat"), (somewhat + strongly) / 2, cy);
        centred(g, sm, labels.get("legend.strongly"), (strongly + cx + barWidth) / 2, cy);
        g.setFont(font);

        cy += line;
        g.setColor(LonelinessColours.of(0.15));
        g.fill(new Ellipse2D.Double(cx, cy - 9, 9, 9));
        g.fill(new Ellipse2D.Double(cx + 14, cy - 14, 18, 18));
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.size"), cx + 40, cy);
        cy += line;
        g.setColor(LonelinessColours.of(0.15));
        Ellipse2D.Double ring = new Ellipse2D.Double(cx + 8, cy - 13, 16, 16);
        g.fill(ring);
        g.setColor(AgentPortrayal.PROBLEMATIC_RING);
        g.setStroke(new BasicStroke(3));
        g.draw(ring);
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.problematic"), cx + 40, cy);
        cy += line;
        g.setColor(AgentPortrayal.FOLLOWED_RING);
        g.setStroke(new BasicStroke(3));
        g.draw(new Ellipse2D.Double(cx + 6, cy - 15, 20, 20));
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.followed"), cx + 40, cy);
        cy += line;
        g.setColor(TiePortrayal.OFFLINE);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx, cy - 5, cx + 30, cy - 5));
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.offline"), cx + 40, cy);
        cy += line;
        g.setColor(TiePortrayal.ONLINE);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(cx, cy - 5, cx + 30, cy - 5));
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.get("legend.online"), cx + 40, cy);
    }

    private static void centred(Graphics2D g, FontMetrics fm, String s, int x, int y) {
        g.drawString(s, x - fm.stringWidth(s) / 2, y);
    }
}
