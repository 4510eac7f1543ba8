package org.lonelyloop.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a checkpointed run needs to finish later, kept in its folder as pending.json: where its
 * results go, which files and overrides made its scenario, and when it began.
 *
 * @param target    the results folder it will be moved to
 * @param sources   the scenario files it was built from
 * @param overrides --set overrides applied
 * @param threads   worker threads it was run with
 * @param checkpointEvery days between checkpoints
 * @param started   when it began (ISO 8601)
 * @param scenario  the scenario it runs, whole, as a manifest holds it (the files it was built from
 *                  may change before it is resumed)
 */
public record PendingRun(String target, List<String> sources, List<String> overrides, int threads,
        int checkpointEvery, String started, JsonNode scenario) {
    public static final String FILE = "pending.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path work) throws IOException {
        JSON.writeValue(work.resolve(FILE).toFile(), this);
    }

    public static PendingRun read(Path work) throws IOException {
        Path f = work.resolve(FILE);
        if (!Files.exists(f)) {
            throw new NoSuchFileException(f.toString(), null, "is missing: it records how the run was started, and a "
                    + "checkpoint without it cannot be resumed (is the checkpoint inside its run's .unfinished folder?)");
        }
        try {
            PendingRun p = JSON.readValue(f.toFile(), PendingRun.class);
            if (p.target() == null || p.sources() == null || p.started() == null || p.scenario() == null) {
                throw new java.io.IOException(f + " is damaged or from another version: it lacks the target, sources, "
                        + "start time or scenario LonelyLoop writes into it; nothing was changed");
            }
            return p;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new java.io.IOException(f + " is damaged: it is not the record LonelyLoop wrote"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + "; nothing was changed", e);
        }
    }
}
