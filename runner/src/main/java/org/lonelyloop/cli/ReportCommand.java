package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lonelyloop.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop report}: (re)draws the charts and report.html of a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Draw the charts (PNG and SVG) and write report.html for a run or sweep folder.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RESULTS", description = "A results folder made by run, sweep or merge.")
    Path folder;

    @picocli.CommandLine.Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError(folder + " is a file; give the results folder of a run or sweep", Main.BAD_INPUT);
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("no such results folder: " + folder, Main.BAD_INPUT);
        }
        Path report;
        try {
            report = Report.write(folder);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(e.getReason() == null ? Failures.describe(e) : e.getFile() + " " + e.getReason(),
                    Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot write the report in " + folder + ": " + Failures.describe(e), Main.FAILED, e);
        }
        if (!quiet) {
            spec.commandLine().getOut().println("report: " + report);
        }
        return Main.OK;
    }
}
