package org.lonelyloop.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.analysis.Targets;
import org.lonelyloop.experiment.CalibrationStudy;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * A targets file ({@code lonelyloop check}, {@code calibrate}): a bundled one by name or a file,
 * read and checked (unknown keys with a suggestion, unknown measures, tolerances), and the scenarios
 * it names resolved beside it. One reader for both commands.
 */
final class TargetsFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final String targets;

    /** @param targets a bundled targets file's name ({@code targets/nl}) or a path */
    TargetsFile(String targets) {
        this.targets = targets;
    }

    /** Whether {@link #targets} names a file rather than a bundled targets file. */
    boolean isPath() {
        return targets.endsWith(".yaml") || targets.contains("/") && Files.exists(Path.of(targets));
    }

    /** A scenario a targets file names: bundled by name, or a path relative to the targets file. */
    ScenarioSource resolve(String name, boolean isPath) throws ScenarioException {
        if (isPath) {
            Path beside = Path.of(targets).toAbsolutePath().getParent().resolve(name);
            if (Files.isRegularFile(beside)) {
                return ScenarioSource.file(beside);
            }
        }
        return ScenarioLoader.locate(name);
    }

    Targets read(boolean isPath) throws IOException {
        Targets t;
        String where = isPath ? targets : "bundled:" + targets + ".yaml";
        if (isPath && !Files.isRegularFile(Path.of(targets))) {
            throw new UserError("no such targets file: " + targets + (Files.exists(Path.of(targets))
                    ? " is not a regular file" : "") + " (the bundled ones: targets/nl)", Main.BAD_INPUT);
        }
        try (InputStream in = isPath ? Files.newInputStream(Path.of(targets))
                : TargetsFile.class.getClassLoader().getResourceAsStream(ScenarioSource.BUNDLE_ROOT + targets + ".yaml")) {
            if (in == null) {
                throw new UserError("no bundled targets file " + targets + " (scenarios/targets/ holds them)", Main.BAD_INPUT);
            }
            byte[] text = in.readAllBytes();
            unknownTopLevelKey(YAML.readTree(text), where);
            // Mapped from the text again, not the tree, so that a problem keeps its line and column.
            t = YAML.readValue(text, Targets.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var l = e.getLocation();
            throw new UserError(where + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr()) + ": "
                    + targetsProblem(e), Main.BAD_INPUT);
        }
        if (t.targets() == null || t.targets().isEmpty()) {
            throw new UserError(where + ": targets: lists no target; a scorecard needs at least one", Main.BAD_INPUT);
        }
        List<String> problems = new ArrayList<>();
        List<String> known = List.of(knownMeasures());
        for (int k = 0; k < t.targets().size(); k++) {
            Targets.Target target = t.targets().get(k);
            if (!known.contains(target.measure())) {
                problems.add("targets[" + k + "].measure: unknown measure '" + target.measure() + "'");
            }
            String p = target.tolerance() == null ? "is missing" : target.tolerance().problem();
            if (p != null) {
                problems.add("targets[" + k + "].tolerance: " + p);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(where + ": " + String.join("; ", problems), Main.BAD_INPUT);
        }
        return t;
    }

    /**
     * A misspelt top-level key, said before the mapping to the record reports only what the
     * misspelling left missing ("agents: is missing" for "agentz").
     */
    private static void unknownTopLevelKey(com.fasterxml.jackson.databind.JsonNode tree, String where) {
        if (tree == null || !tree.isObject()) {
            throw new UserError(where + ": not a targets file (it should be a map with name, scenario, agents, years, "
                    + "replications and targets)", Main.BAD_INPUT);
        }
        List<String> known = new ArrayList<>();
        for (var c : Targets.class.getRecordComponents()) {
            known.add(c.getName());
        }
        List<String> problems = new ArrayList<>();
        tree.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                String best = org.lonelyloop.scenario.DidYouMean.closest(k, known);
                problems.add("unknown key '" + k + "'" + (best == null ? "" : "; did you mean '" + best + "'?"));
            }
        });
        if (!problems.isEmpty()) {
            throw new UserError(where + ": " + String.join("; ", problems) + " (keys here: " + String.join(", ", known)
                    + ")", Main.BAD_INPUT);
        }
    }

    /** A targets file's mistake in its own words: the key path and what is wrong, no Java class names. */
    private static String targetsProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException)) {
            return e.getOriginalMessage();
        }
        var m = (com.fasterxml.jackson.databind.JsonMappingException) e;
        StringBuilder path = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        String at = path.length() == 0 ? "" : path + ": ";
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            String best = org.lonelyloop.scenario.DidYouMean.closest(u.getPropertyName(), known);
            return at + "unknown key '" + u.getPropertyName() + "'" + (best == null ? "" : "; did you mean '" + best
                    + "'?") + " (keys here: " + String.join(", ", known) + ")";
        }
        if (e.getOriginalMessage().contains("Cannot map `null`")) {
            return at + "is missing (a number)";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
                && (Number.class.isAssignableFrom(f.getTargetType()) || f.getTargetType().isPrimitive())) {
            return at + "must be a number, was '" + f.getValue() + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return at + "not the expected kind of value (a number, a text or a list, as docs/research.md shows)";
        }
        return at + e.getOriginalMessage();
    }

    /** Every measure a targets file may name. */
    static String[] knownMeasures() {
        return CalibrationStudy.measureNames().toArray(new String[0]);
    }
}
