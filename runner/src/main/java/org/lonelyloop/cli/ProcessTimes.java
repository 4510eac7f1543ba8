package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.model.ProcessClock;
import org.lonelyloop.model.state.Phase;

/**
 * The recorded days' time, summed per process and phase over a benchmark's repetitions: where a
 * day goes, so that the next round of speed work starts from a measurement.
 */
final class ProcessTimes implements ProcessClock {
    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    @Override
    public void ran(String process, Phase phase, long took) {
        nanos.computeIfAbsent(process + " (" + phase.name().toLowerCase(Locale.ROOT) + ")", k -> new long[1])[0] += took;
    }

    /** The rows, largest first: milliseconds per repetition and share of the days' time. */
    List<String> rows(int repetitions) {
        long total = nanos.values().stream().mapToLong(v -> v[0]).sum();
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(nanos.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sorted) {
            long v = e.getValue()[0];
            rows.add(String.format(Locale.ROOT, "  %-36s %9.1f ms %6.1f %%", e.getKey(), v / 1e6 / repetitions,
                    total == 0 ? 0 : 100.0 * v / total));
        }
        return rows;
    }

    void print(PrintWriter out, int repetitions) {
        out.println("where the recorded days' time went (per repetition, all threads' wall time):");
        for (String row : rows(repetitions)) {
            out.println(row);
        }
    }
}
