package org.lonelyloop.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed. System.out (a PrintStream) and PrintWriter
 * both keep write errors to themselves, so 'lonelyloop explain x > file' on a full disk would leave a
 * cut file behind an exit code of 0.
 */
final class StandardOutput extends FilterOutputStream {
    private IOException failure;

    StandardOutput() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * What to tell the user about a failed write, or null when nothing failed or the reader simply
     * stopped reading ('lonelyloop list | head' closes the pipe; that is no error).
     */
    String problem() {
        if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) {
            return null;
        }
        return "standard output could not be written in full (" + failure.getMessage() + "); what it received "
                + "is incomplete";
    }
}
