package org.lonelyloop.experiment;

import java.util.Locale;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.StateSize;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.scenario.Scenario;

/**
 * The heap a run needs, known before it is built. The model's state grows with its agents at a
 * rate its parameters fix (tie capacity, online degree, interventions' own columns), which a small
 * copy of its world measures exactly ({@link StateSize}); numbering the agents along the ring and
 * building the networks hold about a quarter more for a moment. The smallest heap at which a
 * build, a burn-in and a few days ran (docs/performance.md) was 15 MB at 10,000 agents, 78 MB at
 * 100,000, 668 MB at a million, 1,887 MB at three million and 10.0 to 10.2 GB at fifteen million:
 * {@link #BASE} plus {@link #TRANSIENT} times the state met each within 5 %. Since the networks are
 * built in ring numbers a million agents run in 565 MB (the estimate, 603 MB, is 7 % over) and
 * fifteen million in 9,250 MB but not 8,900 (the estimate, 8.7 GB, is up to 4 % under); the refusal
 * names a heap 15 % above the estimate.
 */
public final class MemoryEstimate {
    /** Heap a run holds whatever its size: the scenario, the schedule, the measures' tables. */
    static final long BASE = 9L << 20;
    /** The peak over the settled state, while agents are numbered along the ring and networks built. */
    static final double TRANSIENT = 1.28;
    /** Agents in the copy whose state per agent is measured. */
    private static final int PROBE_AGENTS = 2_000;

    private MemoryEstimate() {
    }

    /** Bytes of heap one model of {@code s} needs at its peak. */
    public static long bytes(Scenario s) {
        int n = s.population().size();
        return BASE + (long) Math.ceil(TRANSIENT * stateBytesPerAgent(s) * n);
    }

    /** The model's state per agent for the parameters of {@code s}, measured on a copy of a few thousand agents. */
    static double stateBytesPerAgent(Scenario s) {
        int n = Math.min(s.population().size(), PROBE_AGENTS);
        Scenario probe = s.withPopulation(s.population().withSize(n)).withBurnIn(Days.of(0)).withDuration(Days.of(1));
        LonelyLoop model = LonelyLoop.create(probe.model(), probe.seed(), 1);
        try {
            model.begin();
            return (double) StateSize.of(model) / n;
        } finally {
            model.finish();
        }
    }

    /**
     * Null when {@code models} models of {@code s} at once fit in {@code maxHeap} bytes; else what to
     * say: how much the run needs, how much Java may use, and the -Xmx to give it.
     */
    public static String refusal(Scenario s, int models, long maxHeap) {
        long need = models * (bytes(s) - BASE) + BASE;
        // A twentieth of grace: the estimate is within a few per cent of the heap the runs needed.
        if (need <= maxHeap * 1.05) {
            return null;
        }
        long suggestGb = Math.max(1, (long) Math.ceil(need * 1.15 / (1L << 30)));
        return String.format(Locale.ROOT, "%s with %,d agents%s needs about %s of heap; Java may use %s here: give it "
                + "more with LONELYLOOP_JAVA_OPTS=-Xmx%dg ./lonelyloop ... (or java -Xmx%dg -jar ...), or run fewer "
                + "agents%s", s.name(), s.population().size(), models > 1 ? " in " + models + " models at once" : "",
                size(need), size(maxHeap), suggestGb, suggestGb, models > 1 ? " or fewer at once" : "");
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
