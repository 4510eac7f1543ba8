package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.state.LonelinessSource;

class LabelsTest {
    private static final Labels EN = Labels.forLanguage("en");
    private static final Labels NL = Labels.forLanguage("nl");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(EN.keys()), new TreeSet<>(NL.keys()));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literal = Pattern.compile("labels\\.get\\(\"([a-zA-Z.]+)\"");
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] {"gui", "classroom"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/lonelyloop", folder))) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 40, "found the keys in use: " + used);
        used.removeIf(k -> k.endsWith("."));
        for (String key : used) {
            assertTrue(EN.keys().contains(key), "labels.properties lacks " + key);
        }
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s != LonelinessSource.PERSISTENCE) {
                assertTrue(EN.keys().contains("diary.cause." + s.key), s.key);
                assertTrue(EN.keys().contains("diary.help." + s.key), s.key);
            }
        }
        for (String name : ClassroomControls.SWITCHES.keySet()) {
            assertTrue(EN.keys().contains("controls." + name), name);
        }
    }

    @Test
    void everyPatternFormats() {
        for (Labels l : new Labels[] {EN, NL}) {
            for (String key : l.keys()) {
                String text = l.get(key, 1, 2, 3, 4, 5);
                assertTrue(!text.contains("{") && !text.contains("''"), key + ": " + text);
            }
        }
        assertEquals("Day 12.", EN.get("diary.day", 12));
        assertEquals("Dag 12.", NL.get("diary.day", 12));
    }

    @Test
    void theLanguageFollowsTheOptionOrTheSystem() {
        assertEquals("nl", Labels.of(new Locale("nl", "BE")).locale().getLanguage());
        assertEquals("en", Labels.of(Locale.GERMANY).locale().getLanguage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labels.forLanguage("de"));
        assertTrue(e.getMessage().contains("en (English) or nl (Dutch)"));
        assertTrue(new MessageFormat("{0}").format(new Object[] {1}).equals("1"));
    }
}
