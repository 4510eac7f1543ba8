package org.lonelyloop.gui;

import java.awt.Color;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.report.Look;

/**
 * Loneliness as colour: green (not lonely) through amber (somewhat) to deep red (strongly), the
 * category colours of the charts and the report, so one colour means one thing everywhere. The
 * stops sit on the De Jong Gierveld category boundaries, so a colour change at a boundary is a
 * change of category.
 */
public final class LonelinessColours {
    private static final double[] AT = {0, DeJongGierveld.SOMEWHAT_FROM, DeJongGierveld.STRONGLY_FROM, 1};
    private static final Color[] STOP = {Look.NOT_LONELY, Look.SOMEWHAT_LONELY, Look.STRONGLY_LONELY,
        new Color(0x7A, 0x10, 0x10)};

    private LonelinessColours() {
    }

    /** The colour of latent loneliness {@code l} (0..1). */
    public static Color of(double l) {
        double v = Math.max(0, Math.min(1, l));
        int k = 0;
        while (k < AT.length - 2 && v > AT[k + 1]) {
            k++;
        }
        double t = (v - AT[k]) / (AT[k + 1] - AT[k]);
        Color a = STOP[k];
        Color b = STOP[k + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
