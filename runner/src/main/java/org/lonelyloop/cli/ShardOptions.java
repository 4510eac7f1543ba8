package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.experiment.SlurmScript;
import org.lonelyloop.output.ResultsFolder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Spreading a sweep's runs over a cluster, shared by the commands that run sweeps (sweep and
 * sensitivity): one shard of them here, or a SLURM job array that runs every shard and merges.
 */
final class ShardOptions {
    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (1-based): runs I-1, I-1+N, ...")
    String shard;

    @Option(names = "--emit-slurm", paramLabel = "FILE",
            description = "Write an sbatch script that runs this as a SLURM job array, and exit.")
    Path emitSlurm;

    @Option(names = "--shards", paramLabel = "N", description = "Array tasks for --emit-slurm (default: one per run, at most 100).")
    Integer shards;

    @Mixin
    SlurmOptions slurm;

    /** {shard, of}: 1 of 1 without --shard. */
    int[] shard() {
        return shard == null ? new int[] {1, 1} : parse(shard);
    }

    static int[] parse(String text) {
        String[] parts = text.split("/");
        try {
            int i = Integer.parseInt(parts[0].strip());
            int n = Integer.parseInt(parts[1].strip());
            if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) {
                return new int[] {i, n};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UserError("--shard must be I/N with 1 <= I <= N, e.g. --shard 2/10; was " + text, Main.BAD_INPUT);
    }

    /** The scenario argument and --set overrides as a job array task repeats them (files made absolute). */
    static List<String> scenarioArgs(ScenarioOptions scenario) {
        List<String> args = new ArrayList<>();
        Path file = Path.of(scenario.scenario);
        args.add(Files.exists(file) ? file.toAbsolutePath().toString() : scenario.scenario);
        for (String o : scenario.overrides) {
            args.add("--set");
            args.add(o);
        }
        return args;
    }

    /**
     * Writes the job array that runs {@code command} with {@code args} over {@code runs} runs into
     * {@code folder}, and says how to submit it (unless quiet).
     */
    void emit(String command, String scenarioName, List<String> args, Path folder, int runs, boolean quiet,
            PrintWriter out) {
        int n = shards != null ? shards : Math.min(runs, 100);
        if (n < 1) {
            throw new UserError("--shards must be at least 1, was " + n, Main.BAD_INPUT);
        }
        slurm.check();
        String name = "lonelyloop-" + ResultsFolder.safe(scenarioName) + (command.equals("sweep") ? "" : "-" + command);
        SlurmScript script = new SlurmScript(name, slurm.java, SlurmOptions.jar(), command, args,
                folder.toAbsolutePath().toString(), n, slurm.cpus, slurm.memoryMb, slurm.time);
        SlurmOptions.write(emitSlurm, script.text());
        if (!quiet) {
            out.printf("%s: %d runs in %d shards; submit with 'sbatch %s' (or 'bash %s submit' to queue the merge into "
                    + "%s as well)%n", emitSlurm, runs, n, emitSlurm, emitSlurm, folder);
        }
    }
}
