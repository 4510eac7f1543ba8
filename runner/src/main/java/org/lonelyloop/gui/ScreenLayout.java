package org.lonelyloop.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * Where the Console and the four windows go on the screen they open on, so that everything a lesson
 * points at is in sight on a projector (1280x720 and up) without moving a window: the Console in a
 * column on the left, the network (the largest) and the loop above, the charts and the diary below.
 *
 * @param console the MASON Console, with the play button and the speed control
 * @param network the network view
 * @param loop    the loop diagram
 * @param charts  the live charts
 * @param diary   the diary
 */
record ScreenLayout(Rectangle console, Rectangle network, Rectangle loop, Rectangle charts, Rectangle diary) {
    /** Width of the Console column: about a quarter of the screen, within these bounds. */
    static final int MIN_CONSOLE = 360;
    static final int MAX_CONSOLE = 560;
    /** Share of the remaining width for the network and charts column. */
    static final double LEFT_SHARE = 0.58;
    /** Share of the height for the upper row (network, loop). */
    static final double TOP_SHARE = 0.62;

    /** The layout for the usable area of the default screen (without task bars). */
    static ScreenLayout forThisScreen() {
        return fit(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }

    static ScreenLayout fit(Rectangle screen) {
        int consoleW = Math.max(MIN_CONSOLE, Math.min(MAX_CONSOLE, (int) (screen.width * 0.27)));
        int restX = screen.x + consoleW;
        int restW = screen.width - consoleW;
        int leftW = (int) (restW * LEFT_SHARE);
        int rightW = restW - leftW;
        int topH = (int) (screen.height * TOP_SHARE);
        int bottomH = screen.height - topH;
        return new ScreenLayout(new Rectangle(screen.x, screen.y, consoleW, screen.height),
                new Rectangle(restX, screen.y, leftW, topH),
                new Rectangle(restX + leftW, screen.y, rightW, topH),
                new Rectangle(restX, screen.y + topH, leftW, bottomH),
                new Rectangle(restX + leftW, screen.y + topH, rightW, bottomH));
    }

    /**
     * The network display's scale so that the whole field (drawn at {@code fieldW} x {@code fieldH}
     * at scale 1) shows in a window this size, leaving room for the display's own header and border;
     * never above 1 (a larger window leaves the field as drawn at 1, with room around it).
     */
    static double networkScale(Rectangle window, int fieldW, int fieldH) {
        double s = Math.min((window.width - 30) / (double) fieldW, (window.height - 100) / (double) fieldH);
        // Down to whole hundredths: the display's toolbar shows the scale, and a class reads 0.53, not
        // 0.5371428571428571; rounding down keeps the whole field in the window.
        return Math.max(0.25, Math.min(1.0, Math.floor(s * 100) / 100));
    }
}
