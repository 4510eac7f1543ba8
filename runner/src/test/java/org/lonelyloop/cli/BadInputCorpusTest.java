package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's corpus of bad input (src/test/resources/bad-inputs/cases.yaml): each case writes its
 * files into an empty folder, runs the command line as a user would, and must exit with its code,
 * say what its pattern expects on standard error, show no stack trace, and leave the folder exactly
 * as it was (nothing written, nothing deleted, nothing changed).
 */
class BadInputCorpusTest {
    /**
     * One case.
     *
     * @param name   what it tries
     * @param args   the command line; {@code $DIR} is the case's folder
     * @param files  files to write first, by name relative to the folder (content as text)
     * @param binary files whose bytes are not text (not UTF-8, binary), in base64
     * @param exit   the expected exit code
     * @param error  a regular expression standard error must contain
     */
    record Case(String name, List<String> args, Map<String, String> files, Map<String, String> binary, int exit,
            String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs/cases.yaml")) {
            Case[] all = yaml.readValue(in, Case[].class);
            return Stream.of(all);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsNamedExitsWithItsCodeAndTouchesNothing(Case c, @TempDir Path dir) throws IOException {
        if (c.files() != null) {
            for (Map.Entry<String, String> f : c.files().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        }
        if (c.binary() != null) {
            for (Map.Entry<String, String> f : c.binary().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, java.util.Base64.getDecoder().decode(f.getValue()));
            }
        }
        Map<String, String> before = snapshot(dir);
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            args.add(a.replace("$DIR", dir.toString()));
        }
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(c.exit(), r.exitCode, r.toString());
        assertTrue(Pattern.compile(c.error(), Pattern.DOTALL).matcher(r.err).find(),
                "standard error should match /" + c.error() + "/\n" + r);
        assertFalse(r.err.contains("\tat ") || r.out.contains("\tat "), "no stack trace:\n" + r);
        assertFalse(r.err.contains("Exception") && !c.error().contains("Exception"), "no exception class names:\n" + r);
        assertEquals(before, snapshot(dir), "nothing in the folder was written, changed or deleted");
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String key = dir.relativize(p).toString();
                all.put(key, Files.isRegularFile(p) ? Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p)))
                        : "folder");
            }
        }
        return all;
    }
}
