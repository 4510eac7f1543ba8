package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses to write a command's table over a file the command reads: a table written to the path of
 * the panel or scenario it came from would replace the data with the result, and an analysis cannot
 * be run again from its own output.
 */
final class NotAnInput {
    private NotAnInput() {
    }

    /**
     * Throws a user error naming {@code option} when {@code target} is {@code input} (the same file,
     * through whatever path, link or case each was named by).
     */
    static void check(String option, Path target, Path input, String what) {
        if (same(target, input)) {
            throw new UserError(option + " " + target + " is the " + what + " this command reads; writing there would "
                    + "replace it: name another file", Main.BAD_INPUT);
        }
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
