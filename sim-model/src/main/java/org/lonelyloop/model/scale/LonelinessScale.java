package org.lonelyloop.model.scale;

/**
 * Loneliness moves on the logit scale and is read on the 0..1 scale. On the logit scale the daily
 * terms add without bounds, so nothing has to be clipped at "not lonely at all" (clipping biases a
 * population with many barely lonely people upward); on the 0..1 scale the same push moves a
 * middling person most and someone at either extreme least, the floor and ceiling one expects.
 */
public final class LonelinessScale {
    /** Starting loneliness is kept within [MIN, MAX] so that its logit is finite (about +-5.3). */
    public static final double MIN = 0.005;
    public static final double MAX = 0.995;

    private LonelinessScale() {
    }

    public static double logit(double l) {
        return Math.log(l / (1 - l));
    }

    public static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
