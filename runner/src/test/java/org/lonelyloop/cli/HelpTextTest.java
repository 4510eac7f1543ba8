package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Help texts wrap between words, never inside one: an example such as
 * {@code --set pathways.compensation.strength=0.5} that the wrapper cuts at a dot cannot be copied
 * into a shell.
 */
class HelpTextTest {
    @Test
    void noWordOfAnyHelpTextIsCutByTheWrapper() {
        List<String> cut = new ArrayList<>();
        all(Main.commandLine()).forEach(cl -> {
            String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            // What the reader sees once each wrapped line is joined to the next with a space.
            String joined = " " + help.replaceAll("\\s*\\R\\s*", " ") + " ";
            CommandSpec spec = cl.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            for (ArgSpec a : spec.args()) {
                String text = String.join(" ", a.description());
                if (a.defaultValue() != null) {
                    text = text.replace("${DEFAULT-VALUE}", a.defaultValue());
                }
                texts.add(text);
            }
            for (String text : texts) {
                for (String word : text.replace("%n", " ").replace("%%", "%").split("\\s+")) {
                    if (!word.isEmpty() && !word.contains("${") && !joined.contains(word)) {
                        cut.add(spec.qualifiedName() + ": '" + word + "'");
                    }
                }
            }
        });
        assertEquals(List.of(), cut, "words the help wrapper cut in two (put long examples on their own line)");
    }

    private static Stream<CommandLine> all(CommandLine cl) {
        return Stream.concat(Stream.of(cl), cl.getSubcommands().values().stream()
                .filter(sub -> sub != cl).distinct().flatMap(HelpTextTest::all));
    }
}
