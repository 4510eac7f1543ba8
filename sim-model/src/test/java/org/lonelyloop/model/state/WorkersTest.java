package org.lonelyloop.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The crew hands every chunk to exactly one thread, whatever the number of threads and chunks (its
 * own run first, then the others'), covers every agent once, and passes a kernel's failure on.
 */
class WorkersTest {
    @Test
    void everyAgentIsWorkedOnOnceForAnyCrewAndPopulation() {
        for (int threads = 1; threads <= 5; threads++) {
            try (Workers w = new Workers(threads)) {
                for (int agents : new int[] {1, 511, 512, 513, 7_000, 40_000, 100_003}) {
                    for (int pass = 0; pass < 20; pass++) {
                        AtomicIntegerArray seen = new AtomicIntegerArray(agents);
                        AtomicIntegerArray chunks = new AtomicIntegerArray(Workers.chunkCount(agents));
                        w.forEachChunk(agents, (chunk, from, to) -> {
                            chunks.incrementAndGet(chunk);
                            assertEquals(chunk * Workers.chunkSize(agents), from);
                            for (int i = from; i < to; i++) {
                                seen.incrementAndGet(i);
                            }
                        });
                        for (int c = 0; c < chunks.length(); c++) {
                            assertEquals(1, chunks.get(c), threads + " threads, " + agents + " agents: chunk " + c);
                        }
                        for (int i = 0; i < agents; i++) {
                            assertEquals(1, seen.get(i), threads + " threads, " + agents + " agents: agent " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aKernelsFailureReachesTheCallerAndTheCrewGoesOn() {
        try (Workers w = new Workers(3)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.forEachChunk(10_000,
                    (chunk, from, to) -> {
                        if (chunk == 7) {
                            throw new IllegalStateException("chunk 7");
                        }
                    }));
            assertEquals("chunk 7", e.getMessage());
            AtomicIntegerArray seen = new AtomicIntegerArray(1);
            w.forEachChunk(10_000, (chunk, from, to) -> seen.addAndGet(0, to - from));
            assertEquals(10_000, seen.get(0));
        }
    }
}
