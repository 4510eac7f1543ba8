package org.lonelyloop.gui;

import java.awt.Robot;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.lonelyloop.classroom.ClassSession;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * Drives the Class tab as a teacher and two phones would, on a (virtual) screen: the session
 * starts from the tab, two students join and choose over HTTP, the tab plays a week on the Console,
 * which pauses at its end, and the lesson ends with the cards. Writes what it saw to state.txt and a
 * screenshot of the whole screen. Run under xvfb-run by {@link GuiSmokeTest}.
 *
 * <p>Arguments: output folder, language.
 */
public final class ClassGuiSmoke {
    private ClassGuiSmoke() {
    }

    public static void main(String[] args) {
        try {
            drive(Path.of(args[0]), Labels.forLanguage(args.length > 1 ? args[1] : "en"));
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void drive(Path out, Labels labels) throws Exception {
        Files.createDirectories(out);
        var scenario = ScenarioLoader.load(ScenarioLoader.locate("classroom")).scenario();
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(LonelyLoopWithUI.open(scenario, labels)));
        Console c = console.get();
        c.setPlaySleep(0);
        LonelyLoopWithUI gui = (LonelyLoopWithUI) c.getSimulation();
        SwingUtilities.invokeAndWait(() -> {
            c.getTabPane().setSelectedIndex(c.getTabPane().indexOfTab(labels.get("class.tab")));
            gui.classTab().startSession();
        });
        ClassSession session = gui.classTab().session();
        if (session == null) {
            throw new IllegalStateException("the session did not start");
        }
        int startDay = ((LonelyLoop) gui.state).day();
        String base = gui.classTab().server().joinAddress().replace("/join", "");
        HttpClient http = HttpClient.newHttpClient();
        String anna = token(http.send(post(base + "/api/join", "{\"code\":\"" + session.code()
                + "\",\"nickname\":\"Anna\",\"lang\":\"en\"}", null), HttpResponse.BodyHandlers.ofString()).body());
        String bo = token(http.send(post(base + "/api/join", "{\"code\":\"" + session.code()
                + "\",\"nickname\":\"Bo\",\"lang\":\"nl\"}", null), HttpResponse.BodyHandlers.ofString()).body());
        http.send(post(base + "/api/choose", "{\"choices\":[\"scroll\",\"night-off\"]}", anna), HttpResponse.BodyHandlers.ofString());
        http.send(post(base + "/api/choose", "{\"choices\":[\"club\"]}", bo), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> gui.classTab().playTurn());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (session.turn() < 1 || c.getPlayState() != Console.PS_PAUSED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the week did not end: turn " + session.turn());
            }
            Thread.sleep(20);
        }
        int dayAfterWeek = ((LonelyLoop) gui.state).day();
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        ImageIO.write(new Robot().createScreenCapture(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds()), "png", out.resolve("class-screen.png").toFile());
        SwingUtilities.invokeAndWait(() -> gui.classTab().endLesson());
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> { });
        java.awt.Rectangle cardAt = gui.classTab().card().getBounds();
        ImageIO.write(new Robot().createScreenCapture(cardAt), "png", out.resolve("class-card.png").toFile());
        ClassSession.Student a = session.students().get(0);
        String shownName = gui.nameOf(a.agent());
        boolean classCard = session.classCard() != null && gui.classTab().card().isShowing();
        // After a lesson the tab starts another; Stop and play then start the simulation again, which
        // ends that session, and the tab offers a new one.
        AtomicReference<Boolean> startAgain = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> gui.classTab().startSession());
        ClassSession second = gui.classTab().session();
        SwingUtilities.invokeAndWait(() -> {
            c.pressStop();
            c.pressPlay();
            c.pressPause();
        });
        Thread.sleep(500);
        SwingUtilities.invokeAndWait(() -> gui.classTab().nextTurn());
        SwingUtilities.invokeAndWait(() -> startAgain.set(second != null && second != session
                && gui.classTab().session() == null));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("state.txt"), StandardCharsets.UTF_8))) {
            w.println("students=" + session.students().size());
            w.println("days=" + (dayAfterWeek - startDay));
            w.println("turn=" + session.turn());
            w.println("paused=" + (c.getPlayState() == Console.PS_PAUSED));
            w.println("annaChose=" + a.history().get(0).choices());
            w.println("annaNight=" + a.history().get(0).nightPerDay());
            w.println("shownName=" + shownName);
            w.println("card=" + (a.card() != null));
            w.println("classCard=" + classCard);
            w.println("stage=" + session.stage());
            w.println("startAgain=" + startAgain.get());
        }
    }

    private static HttpRequest post(String url, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-Token", token);
        }
        return b.build();
    }

    private static String token(String json) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .get("token");
        if (token == null) {
            throw new IllegalStateException("no token in " + json);
        }
        return token.asText();
    }
}
