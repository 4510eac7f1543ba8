package org.lonelyloop;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runner's floors, each using only those below it: table (CSV reading and writing) and the
 * run's output files; the virtual studies (panel, experience sampling, survey) as day observers;
 * the estimators (analysis); the drivers of runs, sweeps, trials and calibration (experiment); and
 * on top the reports, the classroom's words and the class's phone session (classroom), the GUI and
 * the command line. The model's own boundary is ModelBoundaryTest, its floors FloorsTest.
 */
class ArchitectureTest {
    private static final JavaClasses RUNNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lonelyloop.table", "org.lonelyloop.output", "org.lonelyloop.study",
                    "org.lonelyloop.analysis", "org.lonelyloop.experiment", "org.lonelyloop.report",
                    "org.lonelyloop.classroom", "org.lonelyloop.gui", "org.lonelyloop.cli");

    @Test
    void theRunnersPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.lonelyloop.(*)..").should().beFreeOfCycles().check(RUNNER);
    }

    @Test
    void eachFloorUsesOnlyTheFloorsBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("table").definedBy("org.lonelyloop.table..")
                .layer("output").definedBy("org.lonelyloop.output..")
                .layer("study").definedBy("org.lonelyloop.study..")
                .layer("stats").definedBy("org.lonelyloop.analysis..")
                .layer("experiment").definedBy("org.lonelyloop.experiment..")
                .layer("report").definedBy("org.lonelyloop.report..")
                .layer("classroom").definedBy("org.lonelyloop.classroom..")
                .layer("gui").definedBy("org.lonelyloop.gui..")
                .layer("cli").definedBy("org.lonelyloop.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("classroom").mayOnlyBeAccessedByLayers("gui", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("classroom", "gui", "cli")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("report", "classroom", "gui", "cli")
                .whereLayer("stats").mayOnlyBeAccessedByLayers("experiment", "report", "classroom", "gui", "cli")
                .whereLayer("study").mayOnlyBeAccessedByLayers("experiment", "report", "classroom", "gui", "cli")
                .whereLayer("output").mayOnlyBeAccessedByLayers("study", "experiment", "report", "classroom", "gui", "cli")
                .check(RUNNER);
    }

    /**
     * A command parses its options and calls the floors below; it never calls another command (what
     * two commands share lives in a class of its own: RunFolders, SweepRuns, PredictionLines).
     */
    @Test
    void noCommandCallsAnother() {
        com.tngtech.archunit.core.domain.JavaClasses cli = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lonelyloop.cli");
        java.util.List<String> calls = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : cli) {
            String from = c.getName().replaceAll("\\$.*", "");
            if (!from.endsWith("Command")) {
                continue;
            }
            for (com.tngtech.archunit.core.domain.Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getName().replaceAll("\\$.*", "");
                if (to.startsWith("org.lonelyloop.cli.") && to.endsWith("Command") && !to.equals(from)) {
                    calls.add(d.getDescription());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), calls);
    }

    /**
     * The same in the source, where javac leaves no trace in the class files: a constant of another
     * command (compare once read test's default replications) is inlined where it is used.
     */
    @Test
    void noCommandNamesAnotherInItsSource() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/java/org/lonelyloop/cli");
        java.util.regex.Pattern other = java.util.regex.Pattern.compile("\\b([A-Z]\\w*Command)\\b");
        java.util.List<String> named = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                String self = f.getFileName().toString().replace(".java", "");
                if (!self.endsWith("Command")) {
                    continue;
                }
                java.util.regex.Matcher m = other.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(self) && java.nio.file.Files.exists(dir.resolve(m.group(1) + ".java"))) {
                        named.add(self + " names " + m.group(1));
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), named);
    }

    /**
     * One class steps a model's days: every driver (a run, a sweep point, the arms of a comparison, a
     * trial, a calibration, the true lags, the classroom, the benchmark) goes through the RunEngine,
     * so what happens around a day is said once. (The GUI's Console steps MASON's schedule itself.)
     */
    @Test
    void onlyTheRunEngineStepsDays() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .doNotBelongToAnyOf(org.lonelyloop.experiment.RunEngine.class).should()
                .callMethod(org.lonelyloop.model.LonelyLoop.class, "stepDay")
                .orShould().callMethod(org.lonelyloop.model.LonelyLoop.class, "stepBurnInDay")
                .orShould().callMethod(org.lonelyloop.model.LonelyLoop.class, "start")
                .check(RUNNER);
    }
}
