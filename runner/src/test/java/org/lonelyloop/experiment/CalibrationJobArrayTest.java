package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationJobArrayTest {
    private static final CalibrationJobArray SCRIPT = new CalibrationJobArray("lonelyloop-calibrate", "java",
            "/shared/lonelyloop.jar", List.of("quickstart", "--joint", "--param", "pathways.compensation.strength=-1..1",
                "--log", "/shared/cal/log.csv"), "/shared/cal/log.csv", 6, 4, 8192, "2-00:00:00");

    @Test
    void everyTaskRunsTheSameSearchAsItsShardWithTheResourcesGiven() {
        String text = SCRIPT.text();
        assertTrue(text.contains("\n#SBATCH --array=1-6\n#SBATCH --cpus-per-task=4\n#SBATCH --mem=8192M\n"
                + "#SBATCH --time=2-00:00:00\n#SBATCH --output=/shared/cal/slurm-%A_%a.log\n"), text);
        assertTrue(text.contains("java -jar /shared/lonelyloop.jar calibrate quickstart --joint --param "
                + "pathways.compensation.strength=-1..1 --log /shared/cal/log.csv \\\n  --shard "
                + "\"${SLURM_ARRAY_TASK_ID}/6\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n"), text);
    }

    @Test
    void itIsValidBash(@TempDir Path tmp) throws Exception {
        Path script = Files.writeString(tmp.resolve("calibrate.sbatch"), SCRIPT.text());
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), said);
    }
}
