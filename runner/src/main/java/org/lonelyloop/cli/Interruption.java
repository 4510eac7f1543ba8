package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.lonelyloop.experiment.RunCheckpoint;
import org.lonelyloop.output.ResultsFolder;

/**
 * What a run leaves behind when it stops early. A run with checkpoints keeps its unfinished folder
 * and says how to finish it; one without (or stopped before its first checkpoint) removes its
 * partial files, so nothing half-written is left. Covers Ctrl-C (a shutdown hook) and failures.
 */
final class Interruption implements AutoCloseable {
    private final Thread hook;

    private Interruption(Thread hook) {
        this.hook = hook;
    }

    static Interruption watch(Path work, boolean checkpointing, PrintWriter err) {
        Thread hook = new Thread(() -> {
            String hint = leaveBehind(work, checkpointing);
            err.println();
            err.println("interrupted; " + (hint == null ? "no results were kept" : hint));
            err.flush();
        }, "lonelyloop-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return new Interruption(hook);
    }

    /** The error to report for a run that failed, after tidying its folder. */
    static RuntimeException failed(Path work, boolean checkpointing, Throwable e) {
        String hint = leaveBehind(work, checkpointing);
        if (OutOfMemory.in(e)) {
            return new UserError(OutOfMemory.explain() + (hint == null ? "" : "; then " + hint), Main.FAILED, e);
        }
        String what = e instanceof IOException ? "cannot write " + work + ": " + Failures.describe((IOException) e)
                : e.getMessage();
        if (hint == null) {
            return e instanceof RuntimeException ? (RuntimeException) e : new UserError(what, Main.FAILED, e);
        }
        return new UserError((what == null ? e.toString() : what) + "; " + hint, Main.FAILED, e);
    }

    /** Removes the folder unless it holds a checkpoint; then returns how to resume it, else null. */
    private static String leaveBehind(Path work, boolean checkpointing) {
        try {
            Path checkpoint = checkpointing ? RunCheckpoint.latest(work) : null;
            if (checkpoint != null) {
                return "finish the run from its last checkpoint with: lonelyloop resume " + work;
            }
            ResultsFolder.deleteTree(work);
        } catch (IOException | RuntimeException ignored) {
            // Tidying is best effort while the process is going down; the error that matters is reported.
        }
        return null;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running.
        }
    }
}
