package org.lonelyloop.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * Where the Console and the four windows go on the screen they open on, so that everything a lesson
 * points at is in sight on a projector (1280x720 and up) without moving a window: a column on the
 * left with the Console above the diary, the network (the largest) and the loop above, and the four
 * charts side by side along the bottom. The charts have the screen's whole width after the column
 * because a chart needs height for its words and width for its lines: four in a row each keep more
 * than half their panel for the plot at 1280x720, where two by two beside the diary left the plots
 * a sliver.
 *
 * @param console the MASON Console, with the play button and the speed control
 * @param network the network view
 * @param loop    the loop diagram
 * @param charts  the live charts
 * @param diary   the diary
 */
record ScreenLayout(Rectangle console, Rectangle network, Rectangle loop, Rectangle charts, Rectangle diary) {
    /** Width of the left column: about a quarter of the screen, within these bounds. */
    static final int MIN_CONSOLE = 360;
    static final int MAX_CONSOLE = 560;
    /** Share of the remaining width for the network (the loop has the rest of the upper row). */
    static final double LEFT_SHARE = 0.58;
    /** The network is never drawn smaller than this (a quarter of its size at scale 1). */
    static final double MIN_NETWORK_SCALE = 0.25;
    /** Share of the height for the upper row (Console, network, loop). */
    static final double TOP_SHARE = 0.62;

    /** The layout for the usable area of the default screen (without task bars). */
    static ScreenLayout forThisScreen() {
        return fit(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }

    static ScreenLayout fit(Rectangle screen) {
        int consoleW = Math.max(MIN_CONSOLE, Math.min(MAX_CONSOLE, (int) (screen.width * 0.27)));
        int restX = screen.x + consoleW;
        int restW = screen.width - consoleW;
        int networkW = (int) (restW * LEFT_SHARE);
        int topH = (int) (screen.height * TOP_SHARE);
        int bottomH = screen.height - topH;
        return new ScreenLayout(new Rectangle(screen.x, screen.y, consoleW, topH),
                new Rectangle(restX, screen.y, networkW, topH),
                new Rectangle(restX + networkW, screen.y, restW - networkW, topH),
                new Rectangle(restX, screen.y + topH, restW, bottomH),
                new Rectangle(screen.x, screen.y + topH, consoleW, bottomH));
    }

    /**
     * The network display's scale so that the whole field (drawn at {@code fieldW} x {@code fieldH}
     * at scale 1) shows in a view of this size (the display's scrolled area, inside its header, the
     * key and the window's frame); never above 1 (a larger view leaves the field as drawn at 1, with
     * room around it).
     */
    static double networkScale(java.awt.Dimension view, int fieldW, int fieldH) {
        double s = Math.min((view.width - 4) / (double) fieldW, (view.height - 4) / (double) fieldH);
        // Down to whole hundredths: the display's toolbar shows the scale, and a class reads 0.53, not
        // 0.5371428571428571; rounding down keeps the whole field in the view.
        return Math.max(MIN_NETWORK_SCALE, Math.min(1.0, Math.floor(s * 100) / 100));
    }
}
