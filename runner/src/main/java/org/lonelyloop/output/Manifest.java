package org.lonelyloop.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioYaml;

/**
 * manifest.json: everything needed to know what produced a results folder and to check it is
 * intact: the resolved scenario, its sources and overrides, seed, software and machine, times and
 * the SHA-256 of every other file in the folder.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /**
     * @param files names of the files in {@code folder} to list with checksums
     */
    public static void write(Path folder, LoadedScenario loaded, long seed, int threads, String version,
            String commit, Instant started, Instant ended, List<String> files) throws IOException {
        write(folder, loaded, seed, threads, version, commit, started, ended, files, java.util.Map.of());
    }

    /** As above, with extra fields (a sweep run's index and parameters, a resume's checkpoint). */
    public static void write(Path folder, LoadedScenario loaded, long seed, int threads, String version,
            String commit, Instant started, Instant ended, List<String> files, java.util.Map<String, String> extra)
            throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("lonelyloopVersion", version);
        m.put("gitCommit", commit);
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("threads", threads);
        m.put("seed", seed);
        m.put("started", started.toString());
        m.put("ended", ended.toString());
        m.put("wallSeconds", (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        extra.forEach(m::put);
        ArrayNode sources = m.putArray("scenarioSources");
        loaded.sources().forEach(sources::add);
        ArrayNode overrides = m.putArray("overrides");
        loaded.overrides().forEach(overrides::add);
        m.set("scenario", ScenarioYaml.toTree(loaded.scenario()));
        ObjectNode sums = m.putObject("sha256");
        for (String f : files) {
            sums.put(f, sha256(folder.resolve(f)));
        }
        JSON.writeValue(folder.resolve(FILE).toFile(), m);
    }

    /**
     * A manifest read back: who wrote it, with which seed, the scenario as the typed record it ran
     * as, and the extra fields its writer added (a trial's arm sizes, a comparison's other arm).
     */
    public record Contents(String version, String commit, long seed, Scenario scenario, Map<String, String> extra) {
        /** An extra field, or {@code otherwise} when the writer added none by that name. */
        public String extra(String name, String otherwise) {
            return extra.getOrDefault(name, otherwise);
        }
    }

    /** Reads a folder's manifest.json; a scenario that no longer binds is a ScenarioException naming the file. */
    public static Contents read(Path folder) throws IOException, ScenarioException {
        Path file = folder.resolve(FILE);
        JsonNode m = JSON.readTree(file.toFile());
        Map<String, String> extra = new TreeMap<>();
        m.fields().forEachRemaining(f -> {
            if (f.getValue().isValueNode()) {
                extra.put(f.getKey(), f.getValue().asText());
            }
        });
        return new Contents(m.path("lonelyloopVersion").asText(), m.path("gitCommit").asText(),
                m.path("seed").asLong(), ScenarioLoader.fromTree(m.path("scenario"), file.toString()), extra);
    }

    /** Names of the files a run folder holds (not the manifest, checkpoints or bookkeeping), sorted. */
    public static List<String> outputFiles(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            return files.filter(java.nio.file.Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(FILE) && !n.startsWith(".") && !n.equals("pending.json")).sorted()
                    .collect(java.util.stream.Collectors.toList());
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
