package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lonelyloop.scenario.Problem;
import org.lonelyloop.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code lonelyloop} command. Exit codes: 0 success, 1 the run failed (I/O, an internal
 * error), 2 the input was wrong (usage, scenario problems).
 */
@Command(name = "lonelyloop",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Simulates how loneliness, social anxiety and social-media use feed each other.",
        subcommands = {RunCommand.class, SweepCommand.class, ResumeCommand.class, MergeCommand.class,
            ReportCommand.class, ValidateCommand.class, ExplainCommand.class, ListCommand.class,
            SchemaCommand.class, CheckCommand.class, BenchCommand.class, CalibrateCommand.class, GuiCommand.class, ClassCommand.class, AnalyzeCommand.class, TrialCommand.class,
            TestCommand.class, CompareCommand.class, SensitivityCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors (for reporting bugs).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (startedByDoubleClick(args)) {
            args = new String[] {"gui"};
        }
        // Charts are drawn off screen; only the GUI needs a display.
        if (System.getProperty("java.awt.headless") == null && (args.length == 0 || !args[0].equals("gui"))) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(execute(args));
    }

    /**
     * No arguments, no terminal and a screen: the jar was opened from a file manager (a double click,
     * as a teacher starts it), where usage text would go nowhere; the classroom GUI opens instead.
     */
    static boolean startedByDoubleClick(String[] args) {
        return args.length == 0 && System.console() == null && System.getProperty("java.awt.headless") == null
                && !java.awt.GraphicsEnvironment.isHeadless();
    }

    /** Runs the command line and returns its exit code (tests call this, never {@link #main}). */
    public static int execute(String... args) {
        StandardOutput stdout = new StandardOutput();
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true), err,
                args);
        if (stdout.problem() != null && code == OK) {
            err.println("error: " + stdout.problem());
            return FAILED;
        }
        return code;
    }

    /** As {@link #execute(String...)}, writing to the given streams. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors pass picocli's handler by; this one is a user's to act on, not a bug.
            code = outOfMemory(err);
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.flush();
        }
        out.flush(); // so that a write error surfaces while it can still change the exit code
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::badArguments);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = false;
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            debug |= r.hasMatchedOption("--debug");
        }
        int code;
        if (e instanceof ScenarioException) {
            ScenarioException se = (ScenarioException) e;
            int n = se.problems().size();
            err.println("error: the scenario has " + (n == 1 ? "a problem" : n + " problems") + ":");
            for (Problem p : se.problems()) {
                err.println("  " + p);
            }
            code = BAD_INPUT;
        } else if (e instanceof UserError) {
            err.println("error: " + e.getMessage());
            code = ((UserError) e).exitCode();
        } else if (OutOfMemory.in(e)) {
            code = outOfMemory(err);
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("error: " + ioMessage(e));
            code = FAILED;
        } else {
            err.println("error: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
            code = FAILED;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Says that Java ran out of memory and what to do about it; returns the exit code. */
    private static int outOfMemory(PrintWriter err) {
        err.println("error: " + OutOfMemory.explain());
        return FAILED;
    }

    /**
     * A mistyped option or argument: the one line that says what is wrong and where help is, not
     * the whole usage text (which buries the line that matters).
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String said = plain(e);
        err.println("error: " + said);
        if (!said.startsWith("unknown command")) {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("('" + cl.getCommandSpec().qualifiedName() + " --help' lists the "
                + (said.startsWith("unknown command") ? "commands" : "options") + ")");
        err.flush();
        return BAD_INPUT;
    }

    /** Picocli's message without Java's words for types ("is not a long") or argument indexes. */
    static String plain(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            List<String> extra = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
            if (!extra.isEmpty() && !extra.get(0).startsWith("-") && !e.getCommandLine().getSubcommands().isEmpty()) {
                String best = org.lonelyloop.scenario.DidYouMean.closest(extra.get(0),
                        List.copyOf(e.getCommandLine().getSubcommands().keySet()));
                return "unknown command '" + extra.get(0) + "'" + (best == null ? "" : "; did you mean '" + best + "'?");
            }
            if (!extra.isEmpty() && !extra.get(0).startsWith("-")) {
                return "unexpected argument" + (extra.size() > 1 ? "s " : " ")
                        + extra.stream().map(a -> "'" + a + "'").collect(java.util.stream.Collectors.joining(", "))
                        + " (" + e.getCommandLine().getCommandSpec().qualifiedName() + " takes "
                        + positionalArity(e.getCommandLine()) + ")";
            }
        }
        String m = String.valueOf(e.getMessage());
        m = m.replaceFirst("^Invalid value for option '([^']+)': ", "$1: ");
        m = m.replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): ", "$1: ");
        return m.replace(" is not a long", " is not a whole number (or beyond +-9223372036854775807)")
                .replace(" is not an int", " is not a whole number (or beyond +-2147483647)")
                .replace(" is not a double", " is not a number");
    }

    /** What the command's positional parameters accept, in words. */
    private static String positionalArity(CommandLine cl) {
        List<CommandLine.Model.PositionalParamSpec> ps = cl.getCommandSpec().positionalParameters();
        if (ps.isEmpty()) {
            return "no arguments, only options";
        }
        int max = ps.stream().mapToInt(p -> p.arity().max()).sum();
        String labels = ps.stream().map(CommandLine.Model.PositionalParamSpec::paramLabel)
                .collect(java.util.stream.Collectors.joining(" "));
        return max == 1 ? "one argument, " + labels : "the arguments " + labels;
    }

    private static String ioMessage(Exception e) {
        Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
        return t instanceof IOException ? Failures.describe((IOException) t) : String.valueOf(t.getMessage());
    }

    /** Prints the version and the commit it was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "lonelyloop " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
