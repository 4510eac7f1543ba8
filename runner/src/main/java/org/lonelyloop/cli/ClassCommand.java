package org.lonelyloop.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.SocketException;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lonelyloop.classroom.ClassSession;
import org.lonelyloop.classroom.LocalNetwork;
import org.lonelyloop.classroom.SessionServer;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lonelyloop class}: the class plays the loop from their phones, one agent each. */
@Command(name = "class", mixinStandardHelpOptions = true,
        description = {"Start a session in which each student joins from their phone's browser and plays one person "
            + "of the class, week by week: scroll, post, put the phone down or away at night, meet a friend, reach "
            + "out, go to a club. The teacher's page (for the projector) shows the join code and QR code and plays "
            + "the weeks; at the end each phone gets its card.",
            "Listens on this computer's local network address only. Nothing is written to disk.",
            "docs/teaching.md has the lesson."})
final class ClassCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "classroom", paramLabel = "SCENARIO",
            description = "A bundled scenario or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one scenario value (repeatable).")
    java.util.List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--turn-days", paramLabel = "DAYS", defaultValue = "7",
            description = "Simulated days per turn. Default: ${DEFAULT-VALUE}.")
    int turnDays;

    @Option(names = "--turns", defaultValue = "6", description = "Turns in the lesson. Default: ${DEFAULT-VALUE}.")
    int turns;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The local address to listen on (default: this computer's address on the local network).")
    String bind;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE} (0: any free).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (turnDays < 1 || turnDays > 365) {
            throw new UserError("--turn-days must be 1 to 365, was " + turnDays, Main.BAD_INPUT);
        }
        if (turns < 1 || turns > 100) {
            throw new UserError("--turns must be 1 to 100, was " + turns, Main.BAD_INPUT);
        }
        if (port < 0 || port > 65_535) {
            throw new UserError("--port must be 0 to 65535, was " + port, Main.BAD_INPUT);
        }
        InetAddress address;
        try {
            address = LocalNetwork.choose(bind);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT);
        } catch (SocketException e) {
            throw new UserError("cannot read this computer's network addresses: " + e.getMessage(), Main.FAILED, e);
        }
        ScenarioOptions options = new ScenarioOptions();
        options.scenario = scenario;
        options.overrides = overrides;
        Scenario s = options.load().scenario();
        System.err.printf("Preparing %s (%,d people) ...%n", s.name(), s.population().size());
        LonelyLoop model = LonelyLoop.create(s.model());
        new RunEngine(model).settle();
        ClassSession session = new ClassSession(model, turnDays, turns, new SecureRandom());
        SessionServer server;
        try {
            server = new SessionServer(session, address, port, session::playTurn);
        } catch (BindException e) {
            throw new UserError("cannot listen on " + address.getHostAddress() + ":" + port + " (" + e.getMessage()
                    + "); another program may use the port: try --port 0", Main.FAILED, e);
        } catch (IOException e) {
            throw new UserError("cannot start the session's server: " + e.getMessage(), Main.FAILED, e);
        }
        if (address.isLoopbackAddress()) {
            System.err.println("note: this computer has no local network address, so only its own browser can join");
        }
        System.out.printf("The class joins at   %s   with the code %s (up to %d students)%n", server.joinAddress(),
                session.code(), session.capacity());
        System.out.printf("Your page, for the projector (keep its address to yourself):%n  %s%n", server.teacherAddress());
        System.out.printf("%d turns of %d days. Ctrl-C ends the session; nothing is kept.%n", turns, turnDays);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return Main.OK;
    }
}
