package org.lonelyloop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command may write a table of its own (--out, --csv): never over a file it reads, and over
 * an existing file only if that is a table of the same kind (a rerun replaces its own result; a
 * mistyped path must not replace a user's notes or data).
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * Throws a user error naming {@code option} when {@code target} is {@code input} (the same file,
     * through whatever path or link each was named by): the table would replace the data it came from.
     */
    static void notTheInput(String option, Path target, Path input, String what) {
        if (same(target, input)) {
            throw new UserError(option + " " + target + " is the " + what + " this command reads; writing there would "
                    + "replace it: name another file", Main.BAD_INPUT);
        }
    }

    /**
     * Throws a user error when {@code target} exists and does not begin as the table about to be
     * written does ({@code header}: its first line; the first two columns must agree, so a table
     * from an earlier version with a column more or less is still replaced).
     */
    static void replaceable(String option, Path target, String header) {
        if (!Files.exists(target) || Files.isDirectory(target)) {
            return;
        }
        String first;
        try (BufferedReader r = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (IOException | java.io.UncheckedIOException e) {
            first = null;
        }
        if (first == null || !leading(first).equals(leading(header))) {
            throw new UserError(option + " " + target + " exists and is not a table this command wrote"
                    + (first == null ? "" : " (it begins '" + shortened(first) + "')")
                    + ": name another file, or remove it first", Main.BAD_INPUT);
        }
    }

    private static String leading(String line) {
        String[] cells = line.split(",", 3);
        return cells.length < 2 ? line : cells[0] + "," + cells[1];
    }

    private static String shortened(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    private static boolean same(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // Unreadable attributes: fall back on the names.
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
