package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final ModelParams S = TestScenarios.small(1500, 80).withInterventions(List.of(
            TestScenarios.intervention("usage-cap", "start", "20d", "limits", "1h"),
            TestScenarios.intervention("therapy", "start", "10d")));

    private static List<double[]> runRest(LonelyLoop m) {
        List<double[]> rows = new ArrayList<>();
        m.addObserver(r -> rows.add(r.values()));
        TestScenarios.runToEnd(m);
        m.finish();
        return rows;
    }

    @Test
    void aResumedCheckpointContinuesExactlyAsAnUninterruptedRun() throws IOException {
        LonelyLoop straight = LonelyLoop.create(S, 4, 2);
        straight.start();
        for (int d = 0; d < 40; d++) {
            straight.stepDay();
        }
        List<double[]> expected = runRest(straight);

        LonelyLoop first = LonelyLoop.create(S, 4, 2);
        first.start();
        for (int d = 0; d < 40; d++) {
            first.stepDay();
        }
        // A run writing outputs has measured its last day; the cache must not break the checkpoint.
        assertTrue(first.latest() != null);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        Checkpoint.write(first, saved);
        first.finish();
        LonelyLoop resumed = Checkpoint.read(new ByteArrayInputStream(saved.toByteArray()));
        List<double[]> actual = runRest(resumed);
        assertTrue(expected.size() == 40 && actual.size() == 40);
        for (int d = 0; d < expected.size(); d++) {
            assertArrayEquals(expected.get(d), actual.get(d), 0, "day " + (40 + d));
        }
    }

    @Test
    void aCheckpointIsStoredUncompressedAndOneDeflatedAsBeforeIsStillRead() throws IOException {
        LonelyLoop m = LonelyLoop.create(S, 4, 1);
        m.start();
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        Checkpoint.write(m, stored);
        // As checkpoints were written until December 2026: deflated at the default level.
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(deflated))) {
            o.writeObject(m);
        }
        assertTrue(stored.size() > deflated.size(), "stored " + stored.size() + " bytes, deflated " + deflated.size());
        List<double[]> fromStored = runRest(Checkpoint.read(new ByteArrayInputStream(stored.toByteArray())));
        List<double[]> fromDeflated = runRest(Checkpoint.read(new ByteArrayInputStream(deflated.toByteArray())));
        List<double[]> straight = runRest(m);
        for (int d = 0; d < straight.size(); d++) {
            assertArrayEquals(straight.get(d), fromStored.get(d), 0, "stored, day " + d);
            assertArrayEquals(straight.get(d), fromDeflated.get(d), 0, "deflated, day " + d);
        }
    }

    /** Stands for any class an attacker might plant in a file. */
    static final class Foreign implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aCheckpointHoldingAForeignClassIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            o.writeObject(new java.util.concurrent.atomic.AtomicReference<>(new Foreign()));
        }
        IOException e = assertThrows(Checkpoint.RefusedException.class,
                () -> Checkpoint.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().startsWith("checkpoint refused:"), e.getMessage());
    }

    @Test
    void somethingThatIsNotACheckpointIsAnIoErrorNotACrash() {
        assertThrows(IOException.class, () -> Checkpoint.read(new ByteArrayInputStream("hello".getBytes())));
    }
}
