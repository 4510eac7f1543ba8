package org.lonelyloop.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class's session in a real browser: Debian's Chromium driven by playwright-core
 * (src/test/browser), two phones and the teacher's page against a live server on loopback. Needs
 * node, /usr/bin/chromium and {@code npm ci} in src/test/browser; .ci/run provides them and sets
 * LONELYLOOP_BROWSER_TEST=required, so in CI the test cannot be skipped. With
 * {@code -Dlonelyloop.screenshots=DIR} the phone and projector screenshots are kept there (docs/images).
 */
class ClassBrowserTest {
    private static final Path SCRIPT = Path.of("src/test/browser/class-session.mjs");
    private static final Path DRIVER = Path.of("src/test/browser/node_modules/playwright-core");

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void requireBrowser() {
        boolean ready = onPath("node") && Files.isExecutable(Path.of(chromium())) && Files.isDirectory(DRIVER);
        String why = "the browser test needs node, " + chromium() + " (apt-get install chromium) and "
                + "'npm ci' in runner/src/test/browser; .ci/run provides them";
        if ("required".equals(System.getenv("LONELYLOOP_BROWSER_TEST"))) {
            assertTrue(ready, why);
        } else {
            assumeTrue(ready, why);
        }
    }

    private static String chromium() {
        return System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    }

    @Test
    void twoPhonesAndTheTeachersPagePlayAWeekAndGetTheirCards(@TempDir Path tmp) throws Exception {
        requireBrowser();
        ClassSession session = ClassSessionTest.session(3);
        Path shots = System.getProperty("lonelyloop.screenshots") != null
                ? Files.createDirectories(Path.of(System.getProperty("lonelyloop.screenshots"))) : tmp;
        try (SessionServer server = new SessionServer(session, InetAddress.getLoopbackAddress(), 0, session::playTurn)) {
            String base = server.joinAddress().replace("/join", "");
            Process p = new ProcessBuilder(List.of("node", SCRIPT.toString(), base, server.teacherAddress(), session.code(),
                    shots.toString())).redirectError(tmp.resolve("node.log").toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the browser run finished");
            assertEquals(0, p.exitValue(), out + Files.readString(tmp.resolve("node.log")));
            JsonNode seen = new ObjectMapper().readTree(out);

            assertEquals(session.code(), seen.get("codeFilled").asText(), "the QR code's address fills in the code");
            assertEquals("Join the class", seen.get("joinHeading").asText());
            assertEquals("Doe mee met de klas", seen.get("noorHeading").asText(), "a Dutch phone reads Dutch");
            assertEquals(Labels.forLanguage("en").get("refusal.nickname.characters"), seen.get("markupRefusal").asText());
            assertEquals(0, seen.get("imagesAfterMarkup").asInt(), "markup in a nickname is never drawn");
            assertEquals("false", seen.get("annaScrollAfterPost").asText(), "one choice per group");
            assertEquals("Met een vriend afspreken", seen.get("noorChoice").asText());
            assertEquals(session.code(), seen.get("teacherCode").asText());
            assertEquals(List.of("Anna", "Noor"), List.of(seen.get("teacherStudents").get(0).asText(),
                    seen.get("teacherStudents").get(1).asText()));
            double dark = seen.get("qrDark").asDouble();
            assertTrue(dark > 0.25 && dark < 0.6, "a QR code is drawn: " + dark);
            assertTrue(seen.get("teacherTurn").asText().contains("2"), seen.toString());
            assertTrue(seen.get("annaDiary").asText().startsWith("Day "), seen.toString());
            assertEquals(0, seen.get("annaPressedAfterTurn").asInt(), "a new week, a new choice");
            assertTrue(seen.get("annaCard").asText().contains("Without your choices"), seen.toString());
            assertTrue(seen.get("noorCardHeading").asText().startsWith("Wat "), seen.toString());
            assertTrue(seen.get("classCard").asText().contains("Students: 2. Weeks played: 1 (7 days)"), seen.toString());
            assertFalse(seen.has("pageErrors"), "no script error on any page: " + seen.get("pageErrors"));
        }
        assertEquals(ClassSession.Stage.ENDED, session.stage());
        ClassSession.Week annasWeek = session.students().get(0).history().get(0);
        assertEquals(java.util.EnumSet.of(org.lonelyloop.model.intervention.Choices.Choice.POST,
                org.lonelyloop.model.intervention.Choices.Choice.NIGHT_OFF), annasWeek.choices(),
                "what Anna tapped is what her agent did");
        for (String shot : new String[] {"phone-choose.png", "phone-week.png", "phone-card.png", "projector-join.png",
            "projector-card.png"}) {
            assertTrue(Files.size(shots.resolve(shot)) > 5_000, shot);
        }
    }
}
