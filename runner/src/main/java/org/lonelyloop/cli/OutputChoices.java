package org.lonelyloop.cli;

import picocli.CommandLine.Option;

/** How much a command that writes a results folder says and draws: shared by those commands. */
final class OutputChoices {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--no-report", description = "Skip the charts and report.html.")
    boolean noReport;
}
