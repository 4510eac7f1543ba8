package org.lonelyloop.model.state;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs per-agent work in fixed-size chunks on a small crew of persistent threads.
 *
 * <p>Chunk boundaries depend only on the population size, never on the thread count, and every
 * reduction is kept per chunk and summed in chunk order afterwards. Together with per-agent random
 * streams this makes a day's result bit-identical for any number of threads.
 *
 * <p>A simulated day is some twenty short passes over the agents; with a few thousand agents a pass
 * takes tens of microseconds. A ForkJoinPool parks its idle workers between such passes and waking
 * them cost more than the passes themselves (measured: 7,000 agents x 9 years took 10 s with
 * ForkJoin and 4,096-agent chunks, 16.5 s with 1,024-agent chunks, 7.1 s with this crew and
 * 1,024-agent chunks; see docs/performance.md).
 * This crew instead spins briefly for the next pass, then yields, before parking; each thread
 * works through its own run of chunks and then helps with the others'; the calling thread works too.
 */
public final class Workers implements AutoCloseable {
    /**
     * Agents per chunk for small populations: a few thousand agents still split evenly over the
     * cores. Chunk size depends on the population size only, never on the thread count.
     */
    public static final int SMALL_CHUNK = 512;
    /** Agents per chunk for large populations: longer sequential runs stream better through memory. */
    static final int LARGE_CHUNK = 4096;
    /** Populations above this use {@link #LARGE_CHUNK}. */
    static final int LARGE_FROM = 32_768;
    /** Spins before an idle worker parks: about the gap between two passes of one day. */
    private static final int SPINS_BEFORE_PARK = 1 << 14;
    /**
     * Spins before a waiting thread yields its core at each further turn. On a quiet machine nobody
     * else wants the core and a yield returns at once; when another process holds a core, the two
     * crew members share one, and a waiter that kept spinning would keep the thread it waits for
     * (descheduled in the middle of a chunk) off the core for a whole time slice.
     */
    private static final int SPINS_BEFORE_YIELD = 1 << 8;

    /** Work on the agents {@code from} (inclusive) to {@code to} (exclusive) of one chunk. */
    @FunctionalInterface
    public interface ChunkKernel {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final Thread[] crew;
    private volatile Job job;
    private volatile int generation;
    private volatile boolean shutdown;

    /**
     * One pass: its own counters, so a worker that arrives late for a finished pass can only find
     * it exhausted, never take a chunk of the next one. Each thread owns a contiguous run of the
     * chunks and works through it first, then helps with the others' runs: a thread meets the same
     * agents pass after pass, so with a few thousand agents what it touches stays in its own core's
     * cache instead of crossing to the other core every pass, and which thread takes a chunk still
     * never changes what the chunk computes.
     */
    private static final class Job {
        final ChunkKernel kernel;
        final int agents;
        final int chunks;
        /** Next chunk of each thread's run, and the end of that run. */
        final AtomicInteger[] next;
        final int[] end;
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        final int size;

        Job(ChunkKernel kernel, int agents, int chunks, int threads) {
            this.kernel = kernel;
            this.agents = agents;
            this.chunks = chunks;
            this.size = chunkSize(agents);
            this.next = new AtomicInteger[threads];
            this.end = new int[threads];
            for (int t = 0; t < threads; t++) {
                next[t] = new AtomicInteger((int) ((long) chunks * t / threads));
                end[t] = (int) ((long) chunks * (t + 1) / threads);
            }
        }

        /** Works through thread {@code self}'s run of chunks, then through the others'. */
        void runChunks(int self) {
            for (int k = 0; k < next.length; k++) {
                int run = (self + k) % next.length;
                int c;
                while ((c = next[run].getAndIncrement()) < end[run]) {
                    try {
                        if (failure.get() == null) {
                            kernel.run(c, c * size, Math.min(agents, (c + 1) * size));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        done.incrementAndGet();
                    }
                }
            }
        }
    }

    /** @param threads threads to use (the caller counts as one); 1 runs everything on the caller, in agent order. */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.crew = new Thread[threads - 1];
        for (int t = 0; t < crew.length; t++) {
            int self = t + 1;
            crew[t] = new Thread(() -> work(self), "lonelyloop-worker-" + self);
            crew[t].setDaemon(true);
            crew[t].start();
        }
    }

    public int threads() {
        return threads;
    }

    /** Agents per chunk for a population of this size. */
    public static int chunkSize(int agents) {
        return agents > LARGE_FROM ? LARGE_CHUNK : SMALL_CHUNK;
    }

    /** Number of chunks a population of this size is split into. */
    public static int chunkCount(int agents) {
        int size = chunkSize(agents);
        return (agents + size - 1) / size;
    }

    /** Applies the kernel to every chunk of {@code [0, agents)} and returns when all are done. */
    public void forEachChunk(int agents, ChunkKernel kernel) {
        int count = chunkCount(agents);
        if (crew.length == 0 || count == 1) {
            int size = chunkSize(agents);
            for (int c = 0; c < count; c++) {
                kernel.run(c, c * size, Math.min(agents, (c + 1) * size));
            }
            return;
        }
        Job j = new Job(kernel, agents, count, threads);
        job = j;
        generation++;
        for (Thread t : crew) {
            LockSupport.unpark(t);
        }
        j.runChunks(0);
        int spins = 0;
        while (j.done.get() < count) {
            if (++spins < SPINS_BEFORE_YIELD) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable t = j.failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** @param self this worker's place in the crew (the calling thread is 0) */
    private void work(int self) {
        int seen = generation;
        while (!shutdown) {
            int spins = 0;
            while (generation == seen && !shutdown) {
                if (++spins < SPINS_BEFORE_YIELD) {
                    Thread.onSpinWait();
                } else if (spins < SPINS_BEFORE_PARK) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
            }
            if (shutdown) {
                return;
            }
            seen = generation;
            Job j = job;
            if (j != null) {
                j.runChunks(self);
            }
        }
    }

    @Override
    public void close() {
        shutdown = true;
        for (Thread t : crew) {
            LockSupport.unpark(t);
        }
    }
}
