package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardOutputTest {
    /** A stream that fails every write with the given operating-system message. */
    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void aFullDiskIsReportedAndTheExitCodeIsAFailure() {
        StandardOutput stdout = new StandardOutput(failing("No space left on device"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        out.println("a resolved scenario");
        assertTrue(out.checkError(), "the PrintWriter saw it too, but would not have said what");
        assertEquals("standard output could not be written in full (No space left on device); what it received is "
                + "incomplete", stdout.problem());
    }

    @Test
    void aReaderThatStopsReadingIsNoError() {
        StandardOutput stdout = new StandardOutput(failing("Broken pipe"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        out.println("the first of many lines, and head wanted only this one");
        assertNull(stdout.problem(), "'lonelyloop list | head' is not a failure");
    }

    @Test
    void nothingFailedNothingIsSaid() {
        StandardOutput stdout = new StandardOutput(OutputStream.nullOutputStream());
        new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true).println("fine");
        assertNull(stdout.problem());
    }
}
