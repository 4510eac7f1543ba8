package org.lonelyloop.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The seal saved beside each checkpoint ({@code day-N.lengths}): how long each output file was when
 * the checkpoint was saved, the SHA-256 of each output up to that length, of the checkpoint and of
 * each output's side file (the panel's remembered week), and a SHA-256 over all of these so that an edited seal is itself detected.
 * Resuming checks the seal before it touches anything, so a run whose files were edited, cut short
 * (a power loss, a careless {@code head}) or damaged is refused with the file named instead of being
 * continued into duplicated or missing rows.
 */
public final class CheckpointSeal {
    private static final String SELF = "sha256";
    private static final String SUM = ".sha256";
    private static final String CHECKPOINT = "checkpoint" + SUM;

    private CheckpointSeal() {
    }

    /**
     * Writes the seal to {@code file}.
     *
     * @param outputs    names of the output files in {@code work} (those present are sealed)
     * @param checkpoint the checkpoint being saved (under any temporary name)
     * @param states     the outputs' side files being saved, by extension (under any temporary name)
     */
    public static void write(Path file, Path work, List<String> outputs, Path checkpoint, Map<String, Path> states)
            throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (String name : outputs) {
            Path output = work.resolve(name);
            if (Files.exists(output)) {
                long length = Files.size(output);
                entries.put(name, Long.toString(length));
                entries.put(name + SUM, sha256(output, length));
            }
        }
        entries.put(CHECKPOINT, sha256(checkpoint, Files.size(checkpoint)));
        for (Map.Entry<String, Path> state : states.entrySet()) {
            entries.put(state.getKey() + SUM, sha256(state.getValue(), Files.size(state.getValue())));
        }
        Properties p = new Properties();
        p.putAll(entries);
        p.setProperty(SELF, selfSum(entries));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "LonelyLoop checkpoint seal: output lengths and SHA-256 checksums at this checkpoint");
        }
    }

    /**
     * Checks the seal of {@code checkpoint} against the files in {@code work}; returns the sealed
     * lengths.
     *
     * @throws SimulationRun.DamagedCheckpointException naming the first file that does not match
     */
    static Properties verify(Path checkpoint, Path work, List<String> outputs) throws IOException {
        Path sealFile = RunCheckpoint.lengthsOf(checkpoint);
        String where = work.relativize(sealFile.toAbsolutePath()).toString();
        if (!Files.isRegularFile(sealFile)) {
            throw new SimulationRun.DamagedCheckpointException("cannot resume: " + sealFile + " is missing; it records how far each "
                    + "output file had got at the checkpoint, and without it resuming could duplicate or lose rows");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(sealFile)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new SimulationRun.DamagedCheckpointException("cannot resume: " + sealFile + " is damaged (" + e.getMessage() + ")");
        }
        Map<String, String> entries = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(SELF)) {
                entries.put(key, p.getProperty(key));
            }
        }
        if (!selfSum(entries).equals(p.getProperty(SELF))) {
            throw new SimulationRun.DamagedCheckpointException("cannot resume: " + where + " was edited or damaged after it was "
                    + "saved (its checksum does not match)");
        }
        matches(checkpoint, Files.size(checkpoint), entries.get(CHECKPOINT), "the checkpoint " + checkpoint);
        // Every other checksum is of an output's side file, named by its extension.
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(SUM) || name.equals(CHECKPOINT) || outputs.contains(name.substring(0, name.length() - SUM.length()))) {
                continue;
            }
            Path state = RunCheckpoint.stateOf(checkpoint, name.substring(0, name.length() - SUM.length()));
            if (!Files.isRegularFile(state)) {
                throw new SimulationRun.DamagedCheckpointException("cannot resume: " + state + " is missing");
            }
            matches(state, Files.size(state), e.getValue(), state.toString());
        }
        for (String name : outputs) {
            if (!entries.containsKey(name)) {
                continue;
            }
            Path output = work.resolve(name);
            long length;
            try {
                length = Long.parseLong(entries.get(name));
            } catch (NumberFormatException e) {
                throw new SimulationRun.DamagedCheckpointException("cannot resume: " + where + " holds a length that is not a "
                        + "number for " + name);
            }
            if (!Files.isRegularFile(output)) {
                throw new SimulationRun.DamagedCheckpointException("cannot resume: " + output + " is missing; it held " + length
                        + " bytes when the checkpoint was saved");
            }
            long now = Files.size(output);
            if (now < length) {
                throw new SimulationRun.DamagedCheckpointException("cannot resume: " + output + " is shorter (" + now + " bytes) "
                        + "than when the checkpoint was saved (" + length + " bytes): rows written before the "
                        + "checkpoint are missing, and resuming would leave a gap");
            }
            matches(output, length, entries.get(name + SUM), output + " (its first " + length + " bytes)");
        }
        return p;
    }

    private static void matches(Path file, long length, String expected, String what) throws IOException {
        if (expected == null || !expected.equals(sha256(file, length))) {
            throw new SimulationRun.DamagedCheckpointException("cannot resume: " + what + " was changed after the checkpoint was "
                    + "saved (its SHA-256 does not match the seal)");
        }
    }

    private static String selfSum(Map<String, String> sorted) {
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return HexFormat.of().formatHex(digest().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of the first {@code length} bytes of {@code file}. */
    private static String sha256(Path file, long length) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        long left = length;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                md.update(buf, 0, n);
                left -= n;
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
