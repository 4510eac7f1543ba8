package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a projector or a school laptop every window is in sight, none on another. */
class ScreenLayoutTest {
    @Test
    void everyWindowFitsTheScreenWithoutOverlap() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1280, 720), new Rectangle(0, 0, 1366, 768),
                new Rectangle(0, 27, 1366, 741), new Rectangle(0, 0, 1920, 1080), new Rectangle(0, 0, 2560, 1440))) {
            ScreenLayout l = ScreenLayout.fit(screen);
            List<Rectangle> all = List.of(l.console(), l.network(), l.loop(), l.charts(), l.diary());
            long area = 0;
            for (int i = 0; i < all.size(); i++) {
                Rectangle r = all.get(i);
                assertTrue(screen.contains(r), r + " within " + screen);
                assertTrue(r.width >= 300 && r.height >= 250, "big enough to read: " + r);
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(r.intersects(all.get(j)), r + " and " + all.get(j));
                }
                area += (long) r.width * r.height;
            }
            assertEquals((long) screen.width * screen.height, area, "the windows fill the screen");
            for (Rectangle r : List.of(l.console(), l.loop(), l.diary())) {
                assertTrue(l.network().width * l.network().height > r.width * r.height, "the network is the largest");
            }
            assertTrue(l.network().width * l.network().height > l.charts().width * l.charts().height / 4,
                    "the network is larger than any one of the four charts");
            assertEquals(screen.width - l.console().width, l.charts().width, "the charts have the width after the column");
        }
    }

    @Test
    void theNetworkIsScaledToShowTheWholeField() {
        java.awt.Dimension view = new java.awt.Dimension(548, 330);
        double s = ScreenLayout.networkScale(view, 1000, 700);
        assertTrue(1000 * s <= view.width && 700 * s <= view.height, "scale " + s + " in " + view);
        assertTrue(s >= 0.46, "not needlessly small: " + s);
        assertEquals(s, Math.round(s * 100) / 100.0, "shown on the toolbar as a person reads it: " + s);
        assertEquals(1.0, ScreenLayout.networkScale(new java.awt.Dimension(5000, 5000), 1000, 700), "never enlarged");
    }
}
