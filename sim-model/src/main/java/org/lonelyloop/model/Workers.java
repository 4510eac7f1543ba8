package org.lonelyloop.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs per-agent work in fixed-size chunks on a ForkJoinPool.
 *
 * <p>Chunk boundaries depend only on the population size, never on the thread count, and every
 * reduction is kept per chunk and summed in chunk order afterwards. Together with per-agent random
 * streams this makes a day's result bit-identical for any number of threads.
 */
public final class Workers implements AutoCloseable {
    /** Agents per chunk: large enough to amortise task overhead, small enough to balance two cores. */
    public static final int CHUNK = 4096;

    /** Work on the agents {@code from} (inclusive) to {@code to} (exclusive) of one chunk. */
    @FunctionalInterface
    public interface ChunkKernel {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ForkJoinPool pool;

    /** @param threads worker threads; 1 runs everything on the calling thread, in agent order. */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    public int threads() {
        return threads;
    }

    public static int chunkCount(int agents) {
        return (agents + CHUNK - 1) / CHUNK;
    }

    /** Applies the kernel to every chunk of {@code [0, agents)} and returns when all are done. */
    public void forEachChunk(int agents, ChunkKernel kernel) {
        int chunks = chunkCount(agents);
        if (pool == null || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                kernel.run(c, c * CHUNK, Math.min(agents, (c + 1) * CHUNK));
            }
            return;
        }
        pool.invoke(new ChunkRange(kernel, agents, 0, chunks));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static final class ChunkRange extends RecursiveAction {
        private final ChunkKernel kernel;
        private final int agents;
        private final int lo;
        private final int hi;

        ChunkRange(ChunkKernel kernel, int agents, int lo, int hi) {
            this.kernel = kernel;
            this.agents = agents;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                kernel.run(lo, lo * CHUNK, Math.min(agents, (lo + 1) * CHUNK));
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new ChunkRange(kernel, agents, lo, mid), new ChunkRange(kernel, agents, mid, hi));
        }
    }
}
