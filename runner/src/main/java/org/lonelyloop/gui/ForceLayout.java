package org.lonelyloop.gui;

import java.util.SplittableRandom;

/**
 * Places people so that friends sit close together: the spring embedder of Fruchterman and
 * Reingold (1991, Software: Practice and Experience 21:1129). Every pair repels, every tie pulls in
 * proportion to its strength, and a temperature caps each move. {@link #settle} runs it to rest at
 * the start; {@link #relax} then runs a few cool iterations a day, so the picture drifts smoothly
 * as ties form and fade instead of jumping.
 *
 * <p>Deterministic: positions start on a jittered circle drawn from the given seed, and the
 * iteration order is fixed. Repulsion is all-pairs, O(n^2) per iteration, which is why the GUI
 * caps its population.
 */
public final class ForceLayout {
    private final double width;
    private final double height;
    private final double margin;
    private final double k;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;

    /**
     * A layout that keeps every node at least {@code edge} from the field's border (and never less
     * than its usual margin, 8 % of the shorter side).
     */
    public ForceLayout(int n, double width, double height, long seed, double edge) {
        if (n < 1) {
            throw new IllegalArgumentException("a layout needs at least one node, was " + n);
        }
        this.width = width;
        this.height = height;
        this.margin = Math.max(Math.min(width, height) * 0.08, Math.min(edge, Math.min(width, height) / 4));
        this.k = 0.8 * Math.sqrt((width - 2 * margin) * (height - 2 * margin) / n);
        x = new double[n];
        y = new double[n];
        dx = new double[n];
        dy = new double[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double radius = 0.35 * Math.min(width, height) * (0.8 + 0.4 * r.nextDouble());
            x[i] = width / 2 + radius * Math.cos(angle);
            y[i] = height / 2 + radius * Math.sin(angle);
        }
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Runs to rest from the current positions, cooling from a tenth of the width. */
    public void settle(Ties ties, int iterations) {
        double t0 = width / 10;
        for (int it = 0; it < iterations; it++) {
            step(ties, t0 * (1 - (double) it / iterations) + width / 1000);
        }
    }

    /** A few cool iterations: the day's gentle adjustment. */
    public void relax(Ties ties, int iterations) {
        for (int it = 0; it < iterations; it++) {
            step(ties, width / 200);
        }
    }

    private void step(Ties ties, double temperature) {
        int n = x.length;
        java.util.Arrays.fill(dx, 0);
        java.util.Arrays.fill(dy, 0);
        double k2 = k * k;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ex = x[i] - x[j];
                double ey = y[i] - y[j];
                double d2 = Math.max(ex * ex + ey * ey, 1e-4);
                double f = k2 / d2;
                dx[i] += ex * f;
                dy[i] += ey * f;
                dx[j] -= ex * f;
                dy[j] -= ey * f;
            }
        }
        for (int e = 0; e < ties.count(); e++) {
            int a = ties.a(e);
            int b = ties.b(e);
            double ex = x[a] - x[b];
            double ey = y[a] - y[b];
            double d = Math.sqrt(ex * ex + ey * ey);
            double f = d * (0.3 + ties.strength(e)) / k;
            dx[a] -= ex * f;
            dy[a] -= ey * f;
            dx[b] += ex * f;
            dy[b] += ey * f;
        }
        for (int i = 0; i < n; i++) {
            // A weak pull to the centre keeps people without ties on the canvas.
            dx[i] += (width / 2 - x[i]) * 0.02;
            dy[i] += (height / 2 - y[i]) * 0.02;
            double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                double move = Math.min(len, temperature);
                x[i] = clamp(x[i] + dx[i] / len * move, margin, width - margin);
                y[i] = clamp(y[i] + dy[i] / len * move, margin, height - margin);
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Undirected ties as parallel arrays: ends {@code a(e)}, {@code b(e)} and strength 0..1. */
    public interface Ties {
        int count();

        int a(int e);

        int b(int e);

        double strength(int e);
    }
}
