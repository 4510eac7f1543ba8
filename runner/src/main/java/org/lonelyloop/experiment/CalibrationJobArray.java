package org.lonelyloop.experiment;

import java.util.List;
import java.util.Locale;

/**
 * An sbatch script that runs one joint calibration on a SLURM cluster: a job array whose tasks
 * search together ({@code calibrate --joint --shard i/N}), each evaluating its share of every CMA-ES
 * generation into its own log beside the given one and reading the others' logs from the shared
 * file system. A task whose partners have not started (or have died) takes their points over, so
 * the search finishes however the scheduler runs the tasks; a task run again replays the logs.
 *
 * @param name        job name
 * @param java        the java command on the compute nodes
 * @param jar         the lonelyloop jar, on a file system the nodes share
 * @param args        the calibrate arguments (--joint, --param ..., --log ...), without --shard
 * @param log         the search's log, on the shared file system
 * @param shards      array tasks
 * @param cpusPerTask cores per task
 * @param memoryMb    memory per task
 * @param time        wall-time limit per task
 */
public record CalibrationJobArray(String name, String java, String jar, List<String> args, String log, int shards,
        int cpusPerTask, int memoryMb, String time) {

    public String text() {
        String folder = log.contains("/") ? log.substring(0, log.lastIndexOf('/')) : ".";
        StringBuilder sb = new StringBuilder();
        sb.append("#!/usr/bin/env bash\n");
        sb.append("# A LonelyLoop joint calibration as a SLURM job array, written by 'lonelyloop calibrate --joint "
                + "--emit-slurm'.\n");
        sb.append("#   sbatch THIS_FILE   starts ").append(shards).append(" tasks that search together: each "
                + "evaluates its share of\n");
        sb.append("#   every CMA-ES generation into its own log beside ").append(log).append('\n');
        sb.append("#   and reads the others'. Every task prints the same answer (see ").append(folder)
                .append("/slurm-<job>_1.log).\n");
        sb.append("# Running the script again goes on from the logs; the same command without --shard, on one\n");
        sb.append("# machine, reads them too.\n");
        SlurmScript.directives(sb, name, shards, cpusPerTask, memoryMb, time, folder);
        sb.append(SlurmScript.quote(java)).append(" -jar ").append(SlurmScript.quote(jar)).append(" calibrate");
        for (String a : args) {
            sb.append(' ').append(SlurmScript.quote(a));
        }
        sb.append(String.format(Locale.ROOT, " \\\n  --shard \"${SLURM_ARRAY_TASK_ID}/%d\" --threads "
                + "\"${SLURM_CPUS_PER_TASK:-1}\"\n", shards));
        return sb.toString();
    }
}
