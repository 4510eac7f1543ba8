package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scenario loader under random damage: every bundled scenario is mutated many times over (a
 * fixed seed, a fixed number of mutants, so a failure replays exactly) in the ways hands and tools
 * damage YAML: characters YAML gives meaning to, lost or doubled lines, broken indentation, numbers
 * made huge, negative or fractional, values swapped between keys, a file cut short. Each mutant
 * must load, or fail with problems that each name the mutant and a line in it; no other exception
 * may escape, because any other reaches the user as an internal error.
 */
class ScenarioLoaderFuzzTest {
    private static final long SEED = Long.getLong("lonelyloop.fuzzSeed", 20261201L);
    private static final int MUTANTS_PER_SCENARIO = Integer.getInteger("lonelyloop.fuzzMutants", 150);
    private static final String YAML_MEANING = ":-[]{}&*!|>'\"%@`#,?\t\n ";
    private static final String[] TOKENS = {"", "~", "null", "-1", "0", "1e308", "-1e308", "2.5", "99999999999999999999",
        ".nan", ".inf", "yes", "[]", "{}", "[1, 2", "\"x", "&a 1", "*a", "!!binary AAAA", "3y", "-2w", "0d", "a: b",
        "- x", "|\n  text", "\u0000", "\uFEFF", "\u202E", "é"};

    /** A bundled scenario's text replaced by a mutant; extends still resolves as from the original. */
    private static final class Mutant extends ScenarioSource {
        private final ScenarioSource original;
        private final String text;
        private final String name;

        Mutant(ScenarioSource original, String text, int number) {
            this.original = original;
            this.text = text;
            this.name = "mutant" + number + "-of-" + original.baseName();
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public String identity() {
            return "mutant:" + name;
        }

        @Override
        public String read() {
            return text;
        }

        @Override
        public ScenarioSource resolve(String relative) {
            return original.resolve(relative);
        }

        @Override
        public String baseName() {
            return original.baseName();
        }
    }

    @Test
    void everyMutantOfEveryBundledScenarioLoadsOrIsReportedAtALine() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        int[] loaded = new int[1];
        int[] refused = new int[1];
        // A guard against a hang (the loader once parsed a 50 MB string for minutes), not a speed target.
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            int number = 0;
            for (String bundled : BundledScenarios.names()) {
                ScenarioSource original = ScenarioSource.bundled(bundled);
                String text = original.read();
                for (int k = 0; k < MUTANTS_PER_SCENARIO; k++) {
                    String mutated = text;
                    int edits = 1 + random.nextInt(3);
                    for (int e = 0; e < edits; e++) {
                        mutated = mutate(mutated, random);
                    }
                    Mutant m = new Mutant(original, mutated, number++);
                    try {
                        ScenarioLoader.load(m, List.of());
                        loaded[0]++;
                    } catch (ScenarioException e) {
                        refused[0]++;
                        for (Problem p : e.problems()) {
                            boolean located = p.line() > 0 && p.column() > 0 || !p.source().equals(m.displayName());
                            if (!located || p.message() == null || p.message().isBlank()
                                    || p.message().contains("Exception") || p.message().contains("\tat ")) {
                                failures.add(m.displayName() + ": " + p + "\n--- mutant:\n" + mutated);
                            }
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        failures.add(m.displayName() + ": escaped as " + e + " at " + java.util.Arrays.stream(e.getStackTrace())
                                .limit(6).map(String::valueOf).collect(java.util.stream.Collectors.joining(" < "))
                                + "\n--- mutant:\n" + mutated);
                    }
                    if (failures.size() > 5) {
                        fail(String.join("\n\n", failures));
                    }
                }
            }
        });
        assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
        // The mutations must exercise both outcomes, or the test checks less than it claims.
        assertTrue(loaded[0] > 50, "mutants that still loaded: " + loaded[0]);
        assertTrue(refused[0] > 1000, "mutants refused: " + refused[0]);
        assertFalse(BundledScenarios.names().isEmpty());
    }

    @Test
    void everyMutatedSetIsAppliedOrReportedAgainstItself() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> paths = new ArrayList<>();
        collect(ScenarioYaml.toTree(Scenario.defaults()), "", paths);
        ScenarioSource base = ScenarioSource.bundled("nl-adults");
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int k = 0; k < 20 * MUTANTS_PER_SCENARIO; k++) {
            String path = paths.get(random.nextInt(paths.size()));
            switch (random.nextInt(5)) {
                case 0 -> path = path.substring(0, random.nextInt(path.length() + 1));
                case 1 -> path = path + "[" + (random.nextInt(5) - 1) + "]";
                case 2 -> path = path + YAML_MEANING.charAt(random.nextInt(YAML_MEANING.length()));
                case 3 -> path = path.replace('.', YAML_MEANING.charAt(random.nextInt(YAML_MEANING.length())));
                default -> { }
            }
            String set = path + (random.nextInt(10) == 0 ? "" : "=") + TOKENS[random.nextInt(TOKENS.length)];
            try {
                ScenarioLoader.load(base, List.of(set));
            } catch (ScenarioException e) {
                refused++;
                for (Problem p : e.problems()) {
                    if (!p.source().equals("--set " + set) || p.message().isBlank() || p.message().contains("Exception")) {
                        failures.add("--set " + set + ": " + p);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("--set " + set + ": escaped as " + e + " at " + e.getStackTrace()[0]);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(refused > MUTANTS_PER_SCENARIO, "mutated --sets refused: " + refused);
    }

    /** Every key path of a scenario tree, list items by index. */
    private static void collect(com.fasterxml.jackson.databind.JsonNode node, String path, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                    into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", into);
            }
        } else {
            into.add(path);
        }
    }

    private static String mutate(String text, SplittableRandom r) {
        if (text.isEmpty()) {
            return TOKENS[r.nextInt(TOKENS.length)];
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = r.nextInt(text.length());
        int line = r.nextInt(lines.size());
        switch (r.nextInt(10)) {
            case 0: // a character YAML gives meaning to
                return text.substring(0, at) + YAML_MEANING.charAt(r.nextInt(YAML_MEANING.length())) + text.substring(at);
            case 1: // a run of characters lost
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(20)));
            case 2: // a line lost
                lines.remove(line);
                return String.join("\n", lines);
            case 3: // a line doubled (duplicate keys, repeated list items)
                lines.add(line, lines.get(line));
                return String.join("\n", lines);
            case 4: // indentation broken
                lines.set(line, (r.nextBoolean() ? " " : "") + lines.get(line).replaceFirst("^ {1,3}", ""));
                return String.join("\n", lines);
            case 5: // a value replaced by a hostile token
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                if (colon >= 0) {
                    lines.set(line, l.substring(0, colon + 2) + TOKENS[r.nextInt(TOKENS.length)]);
                }
                return String.join("\n", lines);
            case 6: // a number made huge, negative or fractional
                return text.replaceFirst("(?<=[: ])(\\d+(\\.\\d+)?)(?=\\D|$)",
                        new String[] {"1e12", "-$1", "$1.5", "0", "$1$1$1$1$1$1"}[r.nextInt(5)]);
            case 7: // two lines swapped (a key moved into another section)
                int other = r.nextInt(lines.size());
                String t = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, t);
                return String.join("\n", lines);
            case 8: // the file cut short, as by a full disk
                return text.substring(0, at);
            default: // a token inserted anywhere
                return text.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + text.substring(at);
        }
    }
}
