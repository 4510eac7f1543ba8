package org.lonelyloop.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's floors, checked in the model's own tests: the parameter records, the random streams
 * and the networks use nothing above them; and the packages above them may not gain a dependency
 * on each other they do not have today, so the knot the architecture issue names (the engine, the
 * processes and the observers reaching each other) can only shrink.
 */
class FloorsTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lonelyloop.model");

    /**
     * The package dependencies among the upper floors as they stand (package -> package it uses,
     * without the common prefix; "" is org.lonelyloop.model itself). Remove a line when a
     * dependency goes; a new one fails the test.
     */
    private static final Set<String> KNOWN = Set.of(
            " -> event", " -> intervention", " -> network", " -> observe", " -> params", " -> pathway", " -> random",
            " -> submodel",
            "event -> ", "event -> intervention", "event -> network", "event -> observe", "event -> params",
            "event -> random",
            "intervention -> ", "intervention -> network", "intervention -> observe", "intervention -> params",
            "intervention -> random",
            "observe -> ", "observe -> intervention", "observe -> network", "observe -> params", "observe -> pathway",
            "pathway -> ", "pathway -> network", "pathway -> observe", "pathway -> params", "pathway -> random",
            "submodel -> ", "submodel -> event", "submodel -> network", "submodel -> observe", "submodel -> params",
            "submodel -> random");

    /** The parameter records are the ground floor: everything builds on them, they on nothing of the model. */
    @Test
    void theParameterRecordsUseNothingElseOfTheModel() {
        noClasses().that().resideInAPackage("org.lonelyloop.model.params..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.lonelyloop.model.params..", "java..").check(MODEL);
    }

    /**
     * What a process sees of its day (the Day and the World it reads) leads back neither to the model
     * that runs the days nor to the scenario and the specs that build the processes: that loop made
     * 54 of the model's 117 classes one knot. The SimState, the plan and the builder sit above them.
     */
    @Test
    void whatProcessesSeeLeadsNotBackToTheModelOrTheScenario() {
        noClasses().that().belongToAnyOf(Day.class, World.class, Population.class, MoodSink.class, Workers.class,
                PartnerChanges.class).should().dependOnClassesThat().belongToAnyOf(LonelyLoop.class, Scenario.class,
                        RuntimeChanges.class, DayPlan.class, WorldBuilder.class, DayRecords.class)
                .check(MODEL);
        noClasses().that().resideInAnyPackage("org.lonelyloop.model.submodel..", "org.lonelyloop.model.pathway..",
                "org.lonelyloop.model.event..", "org.lonelyloop.model.intervention..")
                .should().dependOnClassesThat().belongToAnyOf(LonelyLoop.class, RuntimeChanges.class, DayPlan.class,
                        WorldBuilder.class, DayRecords.class)
                .check(MODEL);
    }

    /** Random streams and networks are tools the model uses, and use only the parameters. */
    @Test
    void randomStreamsAndNetworksUseOnlyTheParameters() {
        for (String floor : new String[] {"random", "network"}) {
            noClasses().that().resideInAPackage("org.lonelyloop.model." + floor + "..").should().dependOnClassesThat()
                    .resideInAnyPackage("org.lonelyloop.model", "org.lonelyloop.model.event..",
                            "org.lonelyloop.model.intervention..", "org.lonelyloop.model.observe..",
                            "org.lonelyloop.model.pathway..", "org.lonelyloop.model.submodel..")
                    .check(MODEL);
        }
    }

    @Test
    void theUpperFloorsGainNoNewDependencyOnEachOther() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : MODEL) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String from = part(c.getPackageName());
                String to = part(d.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    found.add(from + " -> " + to);
                }
            }
        }
        Set<String> added = new TreeSet<>(found);
        added.removeAll(KNOWN);
        assertEquals(Set.of(), added, "new dependencies between the model's packages");
        Set<String> gone = new TreeSet<>(KNOWN);
        gone.removeAll(found);
        assertEquals(Set.of(), gone, "dependencies that went: take them out of KNOWN, so they stay gone");
    }

    /** The package under org.lonelyloop.model ("" for the root), or null outside the model. */
    private static String part(String pkg) {
        if (pkg.equals("org.lonelyloop.model")) {
            return "";
        }
        if (!pkg.startsWith("org.lonelyloop.model.")) {
            return null;
        }
        String rest = pkg.substring("org.lonelyloop.model.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
