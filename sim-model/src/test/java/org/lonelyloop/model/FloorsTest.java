package org.lonelyloop.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's floors, checked in the model's own tests. Each package of the model uses only the
 * floors below it, never one beside or above it:
 *
 * <ol start="0">
 * <li>params: the parameter records the model reads;</li>
 * <li>random, network, scale: the random streams, the networks' storage, the loneliness scales;</li>
 * <li>state: what a process sees of its day (the World, the Population, the Day, the ledger);</li>
 * <li>submodel, pathway, event, intervention: the processes, none of which knows another kind;</li>
 * <li>observe: the day's measures, which read the state and the pathways' constants;</li>
 * <li>the engine (org.lonelyloop.model itself): the SimState, the plan, the builder, the scenario.</li>
 * </ol>
 *
 * So nothing a process sees leads back to the model that runs it (that loop once made 57 of the
 * model's 122 classes one knot), and a new dependency that would close a loop fails here.
 */
class FloorsTest {
    private static final String MODEL_PACKAGE = "org.lonelyloop.model";
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(MODEL_PACKAGE);

    /** Each package of the model (without the common prefix, "" for the engine) and its floor. */
    private static final Map<String, Integer> FLOORS = floors();

    /**
     * The largest knot of classes allowed: the SimState, the step that runs a phase of it on MASON's
     * schedule, its records of days and its agent view.
     */
    private static final Set<String> ENGINE_CORE = Set.of("AgentView", "DayRecords", "LonelyLoop", "PhaseStep");

    private static Map<String, Integer> floors() {
        Map<String, Integer> f = new LinkedHashMap<>();
        f.put("params", 0);
        f.put("random", 1);
        f.put("network", 1);
        f.put("scale", 1);
        f.put("state", 2);
        f.put("submodel", 3);
        f.put("pathway", 3);
        f.put("event", 3);
        f.put("intervention", 3);
        f.put("observe", 4);
        f.put("", 5);
        return f;
    }

    /** Every package is on a floor and may be used only by the packages on floors above it. */
    @Test
    void eachPackageIsUsedOnlyByTheFloorsAboveIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : FLOORS.keySet()) {
            layers = layers.layer(layer(p)).definedBy(p.isEmpty() ? MODEL_PACKAGE : MODEL_PACKAGE + "." + p + "..");
        }
        for (Map.Entry<String, Integer> p : FLOORS.entrySet()) {
            String[] above = FLOORS.entrySet().stream().filter(q -> q.getValue() > p.getValue())
                    .map(q -> layer(q.getKey())).toArray(String[]::new);
            layers = above.length == 0 ? layers.whereLayer(layer(p.getKey())).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(layer(p.getKey())).mayOnlyBeAccessedByLayers(above);
        }
        layers.check(MODEL);
    }

    /** No package of the model is new to the floors: a package without a floor would escape the rule. */
    @Test
    void everyPackageOfTheModelHasAFloor() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : MODEL) {
            String p = part(c.getPackageName());
            if (p != null && !FLOORS.containsKey(p)) {
                unplaced.add(p);
            }
        }
        assertEquals(Set.of(), unplaced, "packages of the model with no floor in FloorsTest.FLOORS");
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(MODEL_PACKAGE + ".(*)..").should().beFreeOfCycles().check(MODEL);
    }

    /** The parameter records are the ground floor: everything builds on them, they on nothing of the model. */
    @Test
    void theParameterRecordsUseNothingElseOfTheModel() {
        noClasses().that().resideInAPackage(MODEL_PACKAGE + ".params..").should().dependOnClassesThat()
                .resideOutsideOfPackages(MODEL_PACKAGE + ".params..", "java..").check(MODEL);
    }

    /**
     * Classes (nested ones counted with the class they sit in) knot together only in the engine's
     * core: a pathway, an intervention or an event and its spec depend on each other in one direction.
     */
    @Test
    void noKnotOfClassesIsLargerThanTheEngineCore() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : MODEL) {
            String from = outer(c);
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass();
                if (t.getPackageName().startsWith(MODEL_PACKAGE) && !outer(t).equals(from)) {
                    uses.get(from).add(outer(t));
                }
            }
        }
        for (Set<String> knot : knots(uses)) {
            Set<String> names = new TreeSet<>();
            knot.forEach(n -> names.add(n.substring(n.lastIndexOf('.') + 1)));
            assertTrue(knot.size() < ENGINE_CORE.size() || names.equals(ENGINE_CORE),
                    "classes that depend on each other in a loop, beyond the engine core: " + knot);
        }
    }

    /** The strongly connected parts of {@code uses} with more than one class (Tarjan, iteratively). */
    private static List<Set<String>> knots(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] next = {0};
        for (String root : uses.keySet()) {
            if (!index.containsKey(root)) {
                visit(root, uses, index, low, stack, onStack, out, next);
            }
        }
        return out;
    }

    private static void visit(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, uses, index, low, stack, onStack, out, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> knot = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                knot.add(w);
            } while (!w.equals(v));
            if (knot.size() > 1) {
                out.add(knot);
            }
        }
    }

    private static String outer(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o.getName();
    }

    private static String layer(String part) {
        return part.isEmpty() ? "engine" : part;
    }

    /** The package under org.lonelyloop.model ("" for the root), or null outside the model. */
    private static String part(String pkg) {
        if (pkg.equals(MODEL_PACKAGE)) {
            return "";
        }
        if (!pkg.startsWith(MODEL_PACKAGE + ".")) {
            return null;
        }
        String rest = pkg.substring(MODEL_PACKAGE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
