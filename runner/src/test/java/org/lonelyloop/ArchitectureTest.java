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
}
