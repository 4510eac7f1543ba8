package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model knows nothing of user interfaces, files or the scenario format: MASON ships its GUI in
 * the same jar, so only a check like this keeps the boundary.
 */
class ModelBoundaryTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(javax\\.swing|java\\.awt|sim\\.display|sim\\.portrayal|com\\.fasterxml"
                    + "|java\\.io\\.File|java\\.nio\\.file|org\\.lonelyloop\\.scenario|org\\.jfree|picocli)\\b.*",
            Pattern.MULTILINE);

    @Test
    void modelPackagesImportNoUiNoFilesAndNoScenarioFormat() throws IOException {
        List<String> offending = new ArrayList<>();
        Path root = Path.of("src/main/java/org/lonelyloop/model");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                var m = FORBIDDEN.matcher(Files.readString(f));
                while (m.find()) {
                    offending.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
