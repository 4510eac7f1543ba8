package org.lonelyloop.gui;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What tests read from a drawn picture. */
final class Pictures {
    private Pictures() {
    }

    /** Distinct colours on a 3-pixel grid: a blank or one-colour picture has few, a drawn one many. */
    static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
