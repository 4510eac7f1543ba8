package org.lonelyloop.model;

import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.Population;

/** Test access to a finished model's internals, and statistics over its agents. */
public final class Probe {
    private final LonelyLoop model;

    public Probe(LonelyLoop model) {
        this.model = model;
    }

    public Population population() {
        return model.world().population();
    }

    public TieGraph offline() {
        return model.world().offline();
    }

    public org.lonelyloop.model.state.Ledger ledger() {
        return model.world().ledger();
    }

    /** Correlation across the agents that satisfy {@code include}. */
    public double correlation(IntToDoubleFunction a, IntToDoubleFunction b, java.util.function.IntPredicate include) {
        int n = model.populationSize();
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (include.test(i)) {
                x[k] = a.applyAsDouble(i);
                y[k] = b.applyAsDouble(i);
                k++;
            }
        }
        double r = new PearsonsCorrelation().correlation(java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k));
        return Double.isNaN(r) ? 0 : r;
    }

    /** Pearson correlation across agents of two per-agent quantities. */
    public double correlation(IntToDoubleFunction a, IntToDoubleFunction b) {
        return correlation(a, b, i -> true);
    }

    /** Mean over agents' offline neighbours of a per-agent quantity (0 for agents without ties). */
    public double neighbourMean(int i, IntToDoubleFunction f) {
        TieGraph g = model.world().offline();
        int d = g.degree(i);
        if (d == 0) {
            return 0;
        }
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += f.applyAsDouble(g.neighbour(i, k));
        }
        return s / d;
    }
}
