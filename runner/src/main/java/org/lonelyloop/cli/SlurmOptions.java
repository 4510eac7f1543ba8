package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * What a SLURM job array needs to know of the cluster, shared by the commands that can emit one
 * (sweep and calibrate): each is checked before anything reaches sbatch.
 */
final class SlurmOptions {
    @Option(names = "--slurm-time", paramLabel = "D-HH:MM:SS", defaultValue = "1-00:00:00",
            description = "Wall-time limit per array task. Default: one day,%n  ${DEFAULT-VALUE}")
    String time;

    @Option(names = "--slurm-cpus", paramLabel = "N", defaultValue = "2", description = "Cores per array task. Default: ${DEFAULT-VALUE}.")
    int cpus;

    @Option(names = "--slurm-mem", paramLabel = "MB", defaultValue = "4096", description = "Memory per array task in MB. Default: ${DEFAULT-VALUE}.")
    int memoryMb;

    @Option(names = "--slurm-java", paramLabel = "CMD", defaultValue = "java",
            description = "The java command on the compute nodes. Default: ${DEFAULT-VALUE}.")
    String java;

    /** Refuses what sbatch would refuse, or what would fail on the node. */
    void check() {
        if (cpus < 1 || cpus > 4096) {
            throw new UserError("--slurm-cpus must be between 1 and 4096 cores, was " + cpus, Main.BAD_INPUT);
        }
        // Below this a task's JVM cannot hold even a small population with its outputs.
        if (memoryMb < 512) {
            throw new UserError("--slurm-mem must be at least 512 (MB per array task), was " + memoryMb, Main.BAD_INPUT);
        }
        // SLURM's time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S; anything else would reach sbatch.
        if (!time.matches("\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}|UNLIMITED")) {
            throw new UserError("--slurm-time " + time + ": not a SLURM time limit; write minutes (90), "
                    + "H:MM:SS (12:00:00) or D-HH:MM:SS (1-00:00:00)", Main.BAD_INPUT);
        }
    }

    /** The jar this runs from (in a development build, the one the package phase makes beside the classes). */
    static String jar() {
        Path here;
        try {
            here = Path.of(SlurmOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return (Files.isDirectory(here) ? here.resolveSibling(jarName()) : here).toAbsolutePath().toString();
    }

    /** The name the package phase gives the self-contained jar. */
    static String jarName() {
        return "lonelyloop-" + BuildInfo.version() + ".jar";
    }

    /** Writes an sbatch script, executable, creating its folder. */
    static void write(Path script, String text) {
        try {
            Path parent = script.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(script, text, StandardCharsets.UTF_8);
            script.toFile().setExecutable(true);
        } catch (IOException e) {
            throw new UserError("cannot write " + script + ": " + Failures.describe(e), Main.FAILED, e);
        }
    }
}
