package org.lonelyloop.gui;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * How much larger than usual the GUI draws, for the back of a classroom ({@code gui --scale}):
 * fonts in every window (Swing's defaults, the diary, the charts' text), the people's circles and
 * names, ties and the legend; the loop diagram already fills its window. Process-wide, as Swing's own look is; set once before the first
 * window opens.
 */
final class Zoom {
    static final double MIN = 1;
    static final double MAX = 3;
    private static volatile double factor = 1;
    private static final List<Object[]> ORIGINAL_FONTS = new ArrayList<>();

    private Zoom() {
    }

    static double factor() {
        return factor;
    }

    /**
     * Sets the factor and scales Swing's default fonts by it (from their original sizes, so a
     * second call does not compound).
     *
     * @throws IllegalArgumentException outside {@link #MIN}..{@link #MAX}
     */
    static synchronized void set(double f) {
        if (!(f >= MIN && f <= MAX)) {
            throw new IllegalArgumentException("--scale must be between " + MIN + " and " + MAX + ", was " + f);
        }
        if (ORIGINAL_FONTS.isEmpty()) {
            for (Object key : java.util.Collections.list(UIManager.getDefaults().keys())) {
                if (UIManager.get(key) instanceof Font font) {
                    ORIGINAL_FONTS.add(new Object[] {key, font});
                }
            }
        }
        factor = f;
        for (Object[] kf : ORIGINAL_FONTS) {
            Font font = (Font) kf[1];
            UIManager.put(kf[0], new FontUIResource(font.deriveFont((float) (font.getSize2D() * f))));
        }
    }

    /** A size in points or pixels, scaled. */
    static float of(double size) {
        return (float) (size * factor);
    }

    /** A font of the given style and size, scaled. */
    static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, Math.round(of(size)));
    }

}
