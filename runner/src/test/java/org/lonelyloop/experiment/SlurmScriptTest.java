package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmScriptTest {
    private static final SlurmScript SCRIPT = new SlurmScript("lonelyloop-town", "java", "/shared/my jars/lonelyloop.jar", "sweep",
            List.of("/shared/town.yaml", "--vary", "pathways.compensation.strength=0,0.5,1", "--set",
                "interventions[0].coverage=0.3", "--seed", "7", "--replications", "10"),
            "/shared/results/town-sweep", 12, 4, 8192, "0-06:00:00");

    private static int bash(Path dir, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("bash.log").toFile());
        pb.environment().put("PATH", dir + ":" + System.getenv("PATH"));
        pb.environment().remove("SLURM_JOB_ID");
        return pb.start().waitFor();
    }

    @Test
    void theScriptAsksForAnArrayWithTheResourcesGiven() {
        String text = SCRIPT.text();
        assertTrue(text.contains("\n#SBATCH --array=1-12\n"), text);
        assertTrue(text.contains("\n#SBATCH --cpus-per-task=4\n#SBATCH --mem=8192M\n#SBATCH --time=0-06:00:00\n"), text);
        assertTrue(text.contains("java -jar '/shared/my jars/lonelyloop.jar' sweep /shared/town.yaml --vary "
                + "pathways.compensation.strength=0,0.5,1 --set 'interventions[0].coverage=0.3' --seed 7"), text);
        assertTrue(text.contains("--shard \"${SLURM_ARRAY_TASK_ID}/12\" --threads \"${SLURM_CPUS_PER_TASK:-1}\""), text);
        assertTrue(text.contains("--out /shared/results/town-sweep/shards/\"${SLURM_ARRAY_TASK_ID}\""), text);
    }

    @Test
    void itIsValidBashAndSubmitQueuesTheMergeAfterTheShards(@TempDir Path tmp) throws Exception {
        Path script = tmp.resolve("sweep.sbatch");
        Files.writeString(script, SCRIPT.text().replace("/shared/results/town-sweep", tmp.resolve("out").toString()));
        assertEquals(0, bash(tmp, "bash", "-n", script.toString()), Files.readString(tmp.resolve("bash.log")));

        // A stand-in for sbatch that logs its arguments and answers with a job id.
        Path sbatch = tmp.resolve("sbatch");
        Files.writeString(sbatch, "#!/usr/bin/env bash\necho \"$@\" >> \"" + tmp.resolve("calls") + "\"\n"
                + "n=$(wc -l < \"" + tmp.resolve("calls") + "\")\necho $((100 + n))\n");
        assertTrue(sbatch.toFile().setExecutable(true));
        assertEquals(0, bash(tmp, "bash", script.toString(), "submit"), Files.readString(tmp.resolve("bash.log")));
        List<String> calls = Files.readAllLines(tmp.resolve("calls"), StandardCharsets.UTF_8);
        assertEquals(2, calls.size(), calls.toString());
        assertEquals("--parsable " + script, calls.get(0));
        assertTrue(calls.get(1).startsWith("--parsable --dependency=afterok:101 --job-name=lonelyloop-town-merge"), calls.get(1));
        assertTrue(calls.get(1).contains("--wrap=java -jar '/shared/my jars/lonelyloop.jar' merge " + tmp.resolve("out")
                + "/shards/* --out " + tmp.resolve("out")), calls.get(1));
        assertTrue(Files.readString(tmp.resolve("bash.log")).contains("submitted shards as job 101 and the merge as job 102"));
    }
}
