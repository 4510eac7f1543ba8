package org.lonelyloop.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.lonelyloop.classroom.Names;
import org.lonelyloop.model.AgentView;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * One person in the network view: a circle coloured by loneliness ({@link LonelinessColours}),
 * its area growing with today's social-media minutes, a thick dark ring for problematic use, and
 * a violet ring and name for the person the class follows. Clicking a person selects them to
 * follow and opens MASON's inspector on them.
 */
final class AgentPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color PROBLEMATIC_RING = new Color(0x22, 0x22, 0x22);
    static final Color FOLLOWED_RING = new Color(0x8E, 0x44, 0xAD);
    /** The nickname of a student who plays a person (a class session). */
    static final Color PLAYED = new Color(0x00, 0x72, 0xB2);

    /** A day's use beyond which a circle grows no more. */
    private static final double MOST_MINUTES = 600;
    private final double sizeFactor;
    private final boolean names;
    private final transient IntSupplier followed;
    private final transient IntConsumer follow;
    /** The name shown under a person: the class's own name, or the nickname of the student who plays them. */
    private final transient java.util.function.IntFunction<String> name;

    /**
     * @param population people drawn (circles shrink in a crowd; names shown up to 40 people)
     * @param followed   who is followed now (-1: nobody)
     * @param follow     told when someone is clicked
     */
    AgentPortrayal(int population, IntSupplier followed, IntConsumer follow) {
        this(population, followed, follow, Names::of);
    }

    AgentPortrayal(int population, IntSupplier followed, IntConsumer follow, java.util.function.IntFunction<String> name) {
        this.name = name;
        this.sizeFactor = Math.min(1, Math.sqrt(60.0 / population));
        this.names = population <= 40;
        this.followed = followed;
        this.follow = follow;
    }

    /** Diameter in field units for a day's use: about 2 units at no use, 5 at three hours. */
    double diameter(double useMinutes) {
        return Zoom.factor() * sizeFactor * (1.8 + 1.9 * Math.sqrt(Math.min(useMinutes, MOST_MINUTES) / 60.0));
    }

    /** The widest circle among {@code population} people (a day's use of ten hours or more). */
    static double largestDiameter(int population) {
        return new AgentPortrayal(population, () -> -1, null).diameter(MOST_MINUTES);
    }

    private Ellipse2D.Double shape(AgentView a, DrawInfo2D info) {
        double d = diameter(a.getUseMinutes()) * info.draw.width;
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        AgentView a = (AgentView) object;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Ellipse2D.Double circle = shape(a, info);
        g.setColor(LonelinessColours.of(a.getLoneliness()));
        g.fill(circle);
        double unit = info.draw.width * Zoom.factor();
        if (a.getProblematicUse()) {
            g.setColor(PROBLEMATIC_RING);
            g.setStroke(new BasicStroke((float) Math.max(2, 0.35 * unit * sizeFactor)));
            g.draw(circle);
        }
        boolean isFollowed = followed != null && followed.getAsInt() == a.getId();
        if (isFollowed || info.selected) {
            double grow = 0.9 * unit * sizeFactor;
            g.setColor(FOLLOWED_RING);
            g.setStroke(new BasicStroke((float) Math.max(2.5, 0.3 * unit * sizeFactor)));
            g.draw(new Ellipse2D.Double(circle.x - grow, circle.y - grow, circle.width + 2 * grow,
                    circle.height + 2 * grow));
        }
        if (names || isFollowed) {
            String name = this.name.apply(a.getId());
            // A person a student plays shows the student's nickname, in bold blue, so a nickname that is
            // also a classmate's name is not taken for theirs.
            boolean played = !name.equals(Names.of(a.getId()));
            g.setFont(new Font(Font.SANS_SERIF, isFollowed || played ? Font.BOLD : Font.PLAIN,
                    (int) Math.max(Zoom.of(11), Math.min(Zoom.of(22), 1.6 * unit))));
            FontMetrics fm = g.getFontMetrics();
            float tx = (float) (info.draw.x - fm.stringWidth(name) / 2.0);
            float ty = (float) (circle.y + circle.height + fm.getAscent() + 0.2 * unit);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect((int) tx - 2, (int) (ty - fm.getAscent()), fm.stringWidth(name) + 4, fm.getHeight());
            g.setColor(isFollowed ? FOLLOWED_RING : played ? PLAYED : new Color(0x33, 0x33, 0x33));
            g.drawString(name, tx, ty);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((AgentView) object, range).intersects(range.clip);
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selected) {
        if (selected && follow != null && wrapper.getObject() instanceof AgentView) {
            follow.accept(((AgentView) wrapper.getObject()).getId());
        }
        return true;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper.getObject() instanceof AgentView ? name.apply(((AgentView) wrapper.getObject()).getId())
                : super.getName(wrapper);
    }
}
