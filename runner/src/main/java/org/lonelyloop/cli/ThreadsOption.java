package org.lonelyloop.cli;

import picocli.CommandLine.Option;

/** The worker threads of a command that runs simulations; results never depend on the count. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads in all (default: all cores). "
            + "Results do not depend on it.")
    Integer given;

    /** The count asked for, checked ({@link RunSettings#threads(Integer)}). */
    int count() {
        return RunSettings.threads(given);
    }
}
