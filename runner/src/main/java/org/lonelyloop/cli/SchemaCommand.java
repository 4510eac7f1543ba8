package org.lonelyloop.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lonelyloop.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lonelyloop schema}: the JSON Schema of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files, for editors (the project publishes it as docs/scenario.schema.json).")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Write it to this file instead of printing it.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String json = ScenarioSchema.json();
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, json, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new UserError("cannot write " + out + ": " + Failures.describe(e), Main.FAILED, e);
            }
        }
        return Main.OK;
    }
}
