package org.lonelyloop.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session over HTTP on loopback, as phones and the teacher's page use it: a join, choices, a
 * turn, the end and the cards; and every kind of bad request refused with a reason in words while
 * the session goes on.
 */
class SessionServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private ClassSession session;
    private SessionServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        session = ClassSessionTest.session(2);
        server = new SessionServer(session, InetAddress.getLoopbackAddress(), 0, session::playTurn,
                new RateLimit(1000, 1000), new RateLimit(1000, 1000));
        base = server.joinAddress().replace("/join", "");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode ok(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private String refused(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode n = JSON.readTree(r.body());
        assertFalse(n.get("message").asText().isBlank());
        return n.get("error").asText();
    }

    private String join(String nickname) throws Exception {
        JsonNode v = ok(send("POST", "/api/join", "{\"code\":\"" + session.code() + "\",\"nickname\":\"" + nickname
                + "\",\"lang\":\"nl\"}"));
        return v.get("token").asText();
    }

    @Test
    void aStudentJoinsChoosesAndGetsTheirCardAndTheTeacherPacesTheWeeks() throws Exception {
        String token = join("Sam");
        JsonNode me = ok(send("GET", "/api/me", null, "X-Token", token));
        assertEquals("Sam", me.get("nickname").asText());
        assertEquals("joining", me.get("stage").asText());
        assertEquals("Door feeds scrollen", me.get("words").get("choice.scroll").asText(), "in the phone's language");
        assertTrue(me.get("me").get("diary").asText().startsWith("Dag 0."), me.toString());
        JsonNode chosen = ok(send("POST", "/api/choose", "{\"choices\":[\"scroll\",\"night-off\"]}", "X-Token", token));
        assertEquals(Set.of("scroll", "night-off"), Set.copyOf(JSON.convertValue(chosen.get("choices"), java.util.List.class)));
        String key = session.teacherKey();
        JsonNode board = ok(send("GET", "/api/class", null, "X-Teacher-Key", key));
        assertEquals(session.code(), board.get("code").asText());
        assertTrue(board.get("students").get(0).get("chose").asBoolean());
        assertTrue(board.get("qr").size() > 20, "the QR code's rows");
        ok(send("POST", "/api/turn", null, "X-Teacher-Key", key));
        me = ok(send("GET", "/api/me", null, "X-Token", token));
        assertEquals(1, me.get("turn").asInt());
        assertEquals(0, me.get("me").get("nightPerDay").asInt(), "a week with the phone away at night");
        assertEquals(0, me.get("choices").size(), "a new week, a new choice");
        ok(send("POST", "/api/end", null, "X-Teacher-Key", key));
        me = ok(send("GET", "/api/me", null, "X-Token", token));
        assertEquals("ended", me.get("stage").asText());
        assertNotNull(me.get("card").get("scoreWithout"));
        assertEquals(1, me.get("card").get("chosen").get("scroll").asInt());
        board = ok(send("GET", "/api/class", null, "X-Teacher-Key", key));
        assertEquals(1, board.get("classCard").get("students").asInt());
    }

    @Test
    void badRequestsAreRefusedInWordsAndTheSessionGoesOn() throws Exception {
        String token = join("Kim");
        assertEquals("code", refused(send("POST", "/api/join", "{\"code\":\"x\",\"nickname\":\"Ann\"}"), 403));
        assertEquals("nickname.characters", refused(send("POST", "/api/join",
                "{\"code\":\"" + session.code() + "\",\"nickname\":\"<b>x</b>\"}"), 400));
        assertEquals("malformed", refused(send("POST", "/api/join", "{\"code\":"), 400));
        assertEquals("malformed", refused(send("POST", "/api/join", "[1,2]"), 400));
        assertEquals("big", refused(send("POST", "/api/join", "{\"nickname\":\"" + "a".repeat(5000) + "\"}"), 413));
        assertEquals("token", refused(send("GET", "/api/me", null), 401));
        assertEquals("token", refused(send("GET", "/api/me", null, "X-Token", "guess"), 401));
        assertEquals("choices", refused(send("POST", "/api/choose", "{\"choices\":[\"scroll\",\"post\"]}", "X-Token", token), 400));
        assertEquals("choices", refused(send("POST", "/api/choose", "{\"choices\":[\"fly\"]}", "X-Token", token), 400));
        assertEquals("choices", refused(send("POST", "/api/choose", "{\"choices\":\"scroll\"}", "X-Token", token), 400));
        assertEquals("teacher", refused(send("POST", "/api/turn", null), 403));
        assertEquals("teacher", refused(send("POST", "/api/turn", null, "X-Teacher-Key", token), 403));
        assertEquals("method", refused(send("GET", "/api/join", null), 405));
        assertEquals("method", refused(send("DELETE", "/join", null), 405));
        assertEquals("path", refused(send("GET", "/etc/passwd", null), 404));
        assertEquals("path", refused(send("GET", "/api/../join", null), 404));
        assertEquals(0, session.turn(), "no refused request played a turn");
        assertEquals(1, session.students().size(), "nor let anyone in");
        assertEquals("Kim", ok(send("GET", "/api/me", null, "X-Token", token)).get("nickname").asText(), "the session goes on");
    }

    @Test
    void aPhoneInALoopIsSlowedAndGuessingTheCodeStopsAfterAFewTries() throws Exception {
        server.close();
        server = new SessionServer(session, InetAddress.getLoopbackAddress(), 0, session::playTurn, new RateLimit(20, 0.001),
                new RateLimit(5, 0.001));
        base = server.joinAddress().replace("/join", "");
        int refusedJoins = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> r = send("POST", "/api/join", "{\"code\":\"00000" + i + "\",\"nickname\":\"G\"}");
            refusedJoins += r.statusCode() == 429 ? 1 : 0;
        }
        assertEquals(3, refusedJoins, "five tries, then none");
        int slowed = 0;
        for (int i = 0; i < 20; i++) {
            slowed += send("GET", "/api/words", null).statusCode() == 429 ? 1 : 0;
        }
        assertEquals(8, slowed, "twenty requests, then none");
    }

    /**
     * More phones than the server has threads send half a request and wait: they are cut off after
     * {@link SessionServer#REQUEST_SECONDS}, and a whole request is answered, not held up for good.
     */
    @Test
    void phonesThatSendHalfARequestDoNotHoldUpTheOthers() throws Exception {
        java.net.URI at = java.net.URI.create(base);
        java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < SessionServer.THREADS + 2; i++) {
                java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort());
                socket.getOutputStream().write(("POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n\r\n{\"co")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(300);
            long start = System.nanoTime();
            HttpResponse<String> r = client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/words")).build(),
                    HttpResponse.BodyHandlers.ofString()).get(3L * SessionServer.REQUEST_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 3 * SessionServer.REQUEST_SECONDS, "answered after " + seconds + " s");
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void pagesComeWithAPolicyThatRunsOnlyTheServersOwnScripts() throws Exception {
        HttpResponse<String> page = send("GET", "/join", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertTrue(send("GET", "/phone.js", null).headers().firstValue("Content-Type").orElseThrow()
                .startsWith("text/javascript"));
        assertEquals(302, send("GET", "/", null).statusCode());
        assertTrue(server.teacherAddress().contains("#key=" + session.teacherKey()), "the key travels in the fragment");
    }

    /** The pages never put a name or a word in as HTML, and every word they ask for exists in both languages. */
    @Test
    void thePagesSetTextOnlyAndHaveTheirWords() throws IOException {
        Labels en = Labels.forLanguage("en");
        Labels nl = Labels.forLanguage("nl");
        Set<String> asked = new TreeSet<>();
        Pattern word = Pattern.compile("(?:\\bw\\('|data-w=\")([a-z.\\-]+)['\"]");
        for (String file : new String[] {"join.html", "teacher.html", "phone.js", "teacher.js"}) {
            String text = resource(file);
            assertFalse(text.contains("innerHTML") || text.contains("outerHTML") || text.contains("insertAdjacentHTML")
                    || text.contains("document.write"), file + " sets text, not HTML");
            Matcher m = word.matcher(text);
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        assertTrue(asked.size() > 20, asked.toString());
        for (String key : asked) {
            if (!key.endsWith(".")) {
                assertTrue(en.keys().contains(key) && nl.keys().contains(key), key);
            }
        }
        for (var c : org.lonelyloop.model.intervention.Choices.Choice.values()) {
            assertTrue(en.keys().contains("choice." + c.key()) && nl.keys().contains("choice." + c.key()), c.key());
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = SessionServer.class.getResourceAsStream("/org/lonelyloop/classroom/web/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
