package org.lonelyloop.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lonelyloop.model.intervention.Choices.Choice;

/**
 * The class's session on the school network: the JDK's own HTTP server (nothing to install and
 * nothing the project must keep up to date beyond the JDK), serving the phone page, the teacher's
 * page and a small JSON API over a {@link ClassSession}.
 *
 * <p>Made for teenagers on a school network: every student request needs the token their join
 * gave them, every teacher request the teacher's key (sent in a header by the teacher's page, which
 * reads it from the address's fragment, so it never travels in a URL); joining needs the code on the
 * projector. Each sender has a budget of requests, and a smaller one of joins (so the six digits
 * cannot be guessed by trying); a request body larger than {@link #MAX_BODY} bytes, malformed JSON,
 * an unknown path or method gets a clear refusal in the phone's language and the session goes on.
 * Pages are served with a content security policy that allows only the server's own scripts, and
 * set every name as text. Nothing is written to disk.
 */
public final class SessionServer implements AutoCloseable {
    /** Largest request body accepted, in bytes: a join or a choice is a few dozen. */
    static final int MAX_BODY = 2048;
    /**
     * Longest a request may take to arrive, and its answer to leave, in seconds: a phone that sends
     * half a request and waits (by accident on a weak wireless network, or on purpose) is cut off
     * instead of holding one of the server's threads for the rest of the lesson.
     */
    static final int REQUEST_SECONDS = 8;
    /** Requests handled at once. */
    static final int THREADS = 8;

    static {
        // The JDK's server reads these once, when its first server starts.
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS)));
        System.setProperty("sun.net.httpserver.maxRspTime",
                System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(REQUEST_SECONDS)));
    }
    private static final String WEB = "/org/lonelyloop/classroom/web/";
    private static final Map<String, String> PAGES = Map.of("/join", "join.html", "/teacher", "teacher.html",
            "/phone.js", "phone.js", "/teacher.js", "teacher.js", "/session.css", "session.css");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ClassSession session;
    private final Runnable nextTurn;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ObjectMapper json = new ObjectMapper();
    private final RateLimit requests;
    private final RateLimit joins;
    private final String address;

    /**
     * Starts serving {@code session} on {@code bind} (port 0: any free port).
     *
     * @param nextTurn plays a turn when the teacher asks (the command line's {@link ClassSession#playTurn},
     *                 or the GUI's play on the Console)
     */
    public SessionServer(ClassSession session, InetAddress bind, int port, Runnable nextTurn) throws IOException {
        this(session, bind, port, nextTurn, new RateLimit(40, 8), new RateLimit(6, 0.2));
    }

    SessionServer(ClassSession session, InetAddress bind, int port, Runnable nextTurn, RateLimit requests,
            RateLimit joins) throws IOException {
        this.session = session;
        this.nextTurn = nextTurn;
        this.requests = requests;
        this.joins = joins;
        http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "class-session");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
        String host = bind.getHostAddress();
        address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + http.getAddress().getPort();
    }

    /** Where phones go: http://address:port/join. */
    public String joinAddress() {
        return address + "/join";
    }

    /** The teacher's page, with the key in its fragment (for the teacher's own browser only). */
    public String teacherAddress() {
        return address + "/teacher#key=" + session.teacherKey();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        Labels labels = language(x);
        try {
            String sender = x.getRemoteAddress().getAddress().getHostAddress();
            if (!requests.allow(sender, System.nanoTime())) {
                throw new Refusal(429, "slow");
            }
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (path.equals("/")) {
                x.getResponseHeaders().set("Location", "/join");
                send(x, 302, "text/plain", new byte[0]);
            } else if (PAGES.containsKey(path)) {
                require(method, "GET");
                page(x, PAGES.get(path));
            } else if (path.startsWith("/api/")) {
                api(x, path.substring(5), method, sender, labels);
            } else {
                throw new Refusal(404, "path");
            }
        } catch (Refusal r) {
            refuse(x, r, labels);
        } catch (RuntimeException e) {
            // A bug must not end the lesson: the phone is told, the session goes on.
            refuse(x, new Refusal(500, "broken"), labels);
        } finally {
            x.close();
        }
    }

    private void api(HttpExchange x, String name, String method, String sender, Labels labels) throws IOException {
        switch (name) {
            case "words" -> {
                require(method, "GET");
                answer(x, Map.of("words", SessionViews.words(labels, "phone.", "choice.", "refusal."), "lang",
                        labels.locale().getLanguage()));
            }
            case "join" -> {
                require(method, "POST");
                if (!joins.allow(sender, System.nanoTime())) {
                    throw new Refusal(429, "slow");
                }
                JsonNode body = body(x);
                ClassSession.Student s = session.join(text(body, "code"), text(body, "nickname"), text(body, "lang"));
                Map<String, Object> v = new LinkedHashMap<>(SessionViews.student(session, s));
                v.put("token", s.token());
                answer(x, v);
            }
            case "me" -> {
                require(method, "GET");
                ClassSession.Student s = session.student(header(x, "X-Token"));
                answer(x, SessionViews.student(session, s));
            }
            case "choose" -> {
                require(method, "POST");
                ClassSession.Student s = session.student(header(x, "X-Token"));
                JsonNode body = body(x);
                JsonNode list = body.get("choices");
                if (list == null || !list.isArray() || list.size() > Choice.values().length) {
                    throw new Refusal(400, "choices");
                }
                Set<Choice> chosen = EnumSet.noneOf(Choice.class);
                for (JsonNode c : list) {
                    try {
                        chosen.add(Choice.of(c.asText()));
                    } catch (IllegalArgumentException e) {
                        throw new Refusal(400, "choices");
                    }
                }
                session.choose(s.token(), chosen);
                answer(x, SessionViews.student(session, s));
            }
            case "class", "turn", "end" -> {
                if (!session.isTeacher(header(x, "X-Teacher-Key"))) {
                    throw new Refusal(403, "teacher");
                }
                if (name.equals("class")) {
                    require(method, "GET");
                } else {
                    require(method, "POST");
                    if (name.equals("turn")) {
                        nextTurn.run();
                    } else {
                        session.end();
                    }
                }
                answer(x, SessionViews.teacher(session, joinAddress(), labels));
            }
            default -> throw new Refusal(404, "path");
        }
    }

    private static void require(String method, String wanted) {
        if (!method.equals(wanted)) {
            throw new Refusal(405, "method");
        }
    }

    private static String header(HttpExchange x, String name) {
        return x.getRequestHeaders().getFirst(name);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    /** The request's JSON object, refused when larger than {@link #MAX_BODY} or not an object. */
    private JsonNode body(HttpExchange x) throws IOException {
        byte[] bytes;
        try (InputStream in = x.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Refusal(413, "big");
        }
        try {
            JsonNode n = json.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new Refusal(400, "malformed");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "malformed");
        }
    }

    /** The phone's language: ?lang=, else the browser's first of English and Dutch, else English. */
    private static Labels language(HttpExchange x) {
        String q = x.getRequestURI().getQuery();
        if (q != null) {
            for (String part : q.split("&")) {
                if (part.equals("lang=nl") || part.equals("lang=en")) {
                    return Labels.forLanguage(part.substring(5));
                }
            }
        }
        String accept = x.getRequestHeaders().getFirst("Accept-Language");
        if (accept != null) {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(accept.length() > 200 ? "en" : accept)) {
                String lang = r.getRange().split("-")[0];
                if (lang.equals("nl") || lang.equals("en")) {
                    return Labels.forLanguage(lang);
                }
            }
        }
        return Labels.forLanguage("en");
    }

    private void page(HttpExchange x, String file) throws IOException {
        byte[] bytes;
        try (InputStream in = SessionServer.class.getResourceAsStream(WEB + file)) {
            if (in == null) {
                throw new Refusal(404, "path");
            }
            bytes = in.readAllBytes();
        }
        String type = file.endsWith(".html") ? "text/html; charset=utf-8"
                : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        send(x, 200, type, bytes);
    }

    private void answer(HttpExchange x, Object value) throws IOException {
        send(x, 200, "application/json; charset=utf-8", json.writeValueAsBytes(value));
    }

    private void refuse(HttpExchange x, Refusal r, Labels labels) {
        try {
            String message = labels.keys().contains("refusal." + r.reason()) ? labels.get("refusal." + r.reason())
                    : r.reason();
            send(x, r.status(), "application/json; charset=utf-8",
                    json.writeValueAsBytes(Map.of("error", r.reason(), "message", message)));
        } catch (IOException | RuntimeException e) {
            // The phone went away; nothing to tell.
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        var h = x.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("X-Frame-Options", "DENY");
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
