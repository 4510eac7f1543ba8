package org.lonelyloop.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What to say when Java runs out of heap. A big population (the whole country is 15 million
 * agents) needs more than Java's default of a quarter of the machine's memory, and the error's own
 * words ("Java heap space") and stack trace tell a user neither why nor what to do.
 */
final class OutOfMemory {
    /**
     * Model state per agent, ties and ledger included, rounded up from `bench` (475 bytes at a
     * million agents, about 500 at a few thousand; docs/ODD.md section 9).
     */
    static final int BYTES_PER_AGENT = 500;

    private OutOfMemory() {
    }

    /** Whether {@code t} or one of its causes is Java running out of memory. */
    static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The explanation, with this process's heap limit and the machine's memory. */
    static String explain() {
        return explain(Runtime.getRuntime().maxMemory(), physicalMemory());
    }

    /**
     * The explanation for a heap limit of {@code maxHeap} bytes on a machine of {@code physical}
     * bytes (0 if unknown): how much Java was allowed, what a run needs, and a setting that gives
     * it more if the machine has more.
     */
    static String explain(long maxHeap, long physical) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "out of memory: Java may use at most %s here, not enough for this run (a run holds about %d bytes "
                        + "per agent and a quarter more while its networks are built; docs/performance.md)",
                size(maxHeap), BYTES_PER_AGENT));
        long suggested = physical * 3 / 4 >> 30;
        if (suggested > maxHeap >> 30) {
            s.append(String.format(Locale.ROOT, ". Give Java more, up to three quarters of this machine's %s: "
                    + "LONELYLOOP_JAVA_OPTS=-Xmx%dg ./lonelyloop ... (or java -Xmx%dg -jar ...), or run fewer agents",
                    size(physical), suggested, suggested));
        } else {
            s.append(physical > 0 ? ". This machine has " + size(physical) + ": run fewer agents, or on a larger machine"
                    : ". Run fewer agents, or give Java more with LONELYLOOP_JAVA_OPTS=-Xmx<size>");
        }
        return s.toString();
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
