package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop merge}: the shard folders of one sweep combined into one sweep folder. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the folders of a sweep's shards (sweep --shard I/N) into one sweep folder, "
            + "with summary.csv, aggregate.csv and the report.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "Shard folders of one sweep.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged sweep folder.")
    Path out;

    @picocli.CommandLine.Mixin
    OutputChoices output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : shards) {
            if (!Files.exists(p)) {
                throw new UserError("no such sweep folder: " + p, Main.BAD_INPUT);
            }
            if (!Files.exists(p.resolve(SweepPlan.FILE))) {
                throw new UserError(p + " is not a sweep folder (it has no " + SweepPlan.FILE + ")", Main.BAD_INPUT);
            }
        }
        int finished;
        try {
            finished = Sweep.merge(shards, out);
            SweepPlan plan = SweepPlan.read(out);
            Path study = shards.get(0).resolve(org.lonelyloop.experiment.SensitivityStudy.FILE);
            if (Files.exists(study) && finished == plan.runs()) {
                // The shards of a sensitivity study: with every run in place, the indices.
                Files.copy(study, out.resolve(org.lonelyloop.experiment.SensitivityStudy.FILE),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                SensitivityFinish.finish(out, org.lonelyloop.experiment.SensitivityStudy.read(out), plan, output.noReport);
            } else if (!output.noReport && finished > 0) {
                Report.write(out);
            }
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot merge into " + out + ": " + Failures.describe(e), Main.FAILED, e);
        }
        int runs = SweepPlan.read(out).runs();
        if (!output.quiet) {
            spec.commandLine().getOut().printf("%s: %d of %d runs%n", out, finished, runs);
        }
        if (finished < runs) {
            spec.commandLine().getErr().printf("warning: %d runs are missing: a shard is unfinished or not given%n",
                    runs - finished);
        }
        return Main.OK;
    }
}
