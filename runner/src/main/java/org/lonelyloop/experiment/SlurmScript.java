package org.lonelyloop.experiment;

import java.util.List;
import java.util.Locale;

/**
 * An sbatch script that spreads a sweep over a SLURM cluster: a job array whose task i runs shard
 * i of N into {@code <out>/shards/i}; run with {@code bash SCRIPT submit} it also queues the merge
 * of the shards into {@code <out>} to start when every task has succeeded.
 *
 * @param name          job name
 * @param java          the java command on the compute nodes
 * @param jar           the lonelyloop jar, on a file system the nodes share
 * @param command       the command each task runs: sweep, or sensitivity (a sweep of a design)
 * @param sweepArgs     the command's own arguments (scenario, --set, --vary, --seed, ...)
 * @param out           the sweep folder
 * @param shards        number of array tasks
 * @param cpusPerTask   cores per task
 * @param memoryMb      memory per task
 * @param time          wall-time limit per task (SLURM's D-HH:MM:SS)
 */
public record SlurmScript(String name, String java, String jar, String command, List<String> sweepArgs, String out, int shards,
        int cpusPerTask, int memoryMb, String time) {

    public String text() {
        String shardDir = out + "/shards";
        StringBuilder sb = new StringBuilder();
        sb.append("#!/usr/bin/env bash\n");
        sb.append("# A LonelyLoop ").append(command).append(" as a SLURM job array, written by 'lonelyloop ")
                .append(command).append(" --emit-slurm'.\n");
        sb.append("#   sbatch THIS_FILE        runs the ").append(shards).append(" shards;\n");
        sb.append("#   bash THIS_FILE submit   also queues the merge into ").append(out).append(" after them.\n");
        sb.append("# Each task writes ").append(shardDir).append("/<task>; a task that is run again skips the runs\n");
        sb.append("# it finished before. Merge by hand with: ").append(quote(java)).append(" -jar ").append(quote(jar))
                .append(" merge ").append(quote(shardDir)).append("/* --out ").append(quote(out)).append('\n');
        directives(sb, name, shards, cpusPerTask, memoryMb, time, out);
        sb.append("mkdir -p ").append(quote(shardDir)).append('\n');
        sb.append("if [ \"${1:-}\" = submit ] && [ -z \"${SLURM_JOB_ID:-}\" ]; then\n");
        sb.append("  array=$(sbatch --parsable \"$0\")\n");
        sb.append("  merge=$(sbatch --parsable --dependency=afterok:\"$array\" --job-name=").append(name)
                .append("-merge --output=").append(out).append("/slurm-merge-%j.log --wrap=")
                .append(quote(quote(java) + " -jar " + quote(jar) + " merge " + quote(shardDir) + "/* --out " + quote(out)))
                .append(")\n");
        sb.append("  echo \"submitted shards as job $array and the merge as job $merge\"\n");
        sb.append("  exit 0\n");
        sb.append("fi\n");
        sb.append(quote(java)).append(" -jar ").append(quote(jar)).append(' ').append(command);
        for (String a : sweepArgs) {
            sb.append(' ').append(quote(a));
        }
        sb.append(String.format(Locale.ROOT, " \\\n  --shard \"${SLURM_ARRAY_TASK_ID}/%d\" --threads \"${SLURM_CPUS_PER_TASK:-1}\""
                + " \\\n  --out %s/\"${SLURM_ARRAY_TASK_ID}\" --no-report --quiet\n", shards, quote(shardDir)));
        return sb.toString();
    }

    /**
     * The #SBATCH lines of a job array (each task's output in {@code logFolder}) and bash's strict
     * mode: what every LonelyLoop job array asks of the scheduler.
     */
    static void directives(StringBuilder sb, String name, int shards, int cpusPerTask, int memoryMb, String time,
            String logFolder) {
        sb.append("#SBATCH --job-name=").append(name).append('\n');
        sb.append("#SBATCH --array=1-").append(shards).append('\n');
        sb.append("#SBATCH --cpus-per-task=").append(cpusPerTask).append('\n');
        sb.append("#SBATCH --mem=").append(memoryMb).append("M\n");
        sb.append("#SBATCH --time=").append(time).append('\n');
        sb.append("#SBATCH --output=").append(logFolder).append("/slurm-%A_%a.log\n");
        sb.append("set -euo pipefail\n");
    }

    /** Single-quotes a word for bash unless it is plainly safe. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./=:,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
