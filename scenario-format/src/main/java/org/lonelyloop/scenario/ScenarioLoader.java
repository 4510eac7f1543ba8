package org.lonelyloop.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.Violation;

/**
 * Loads a scenario: reads the file and everything it {@code extends}, lays them over the defaults,
 * applies {@code --set} overrides, checks keys, kinds and ranges, and binds the result to
 * {@link Scenario}. Every problem found is reported, each with file, line, column and key path.
 */
public final class ScenarioLoader {
    private static final String EXTENDS = "extends";
    private static final String INTERVENTIONS = "interventions";
    private static final String EVENTS = "events";
    private static final String EXPECT = "expect";
    private static final String GROUPS = "groups";
    /** Type of the stand-in for an intervention whose type is missing or unknown. */
    private static final String STAND_IN = "deactivation";

    private ScenarioLoader() {
    }

    /**
     * A file path, or a bundled scenario by name ({@code classroom}, {@code interventions/usage-cap}):
     * an existing file wins, then a bundled name, then a bundled name's last part when only one has it
     * ({@code usage-cap}); a name ending in .yaml or .yml that is neither is
     * reported as a missing file.
     */
    public static ScenarioSource locate(String nameOrPath) throws ScenarioException {
        if (nameOrPath.isBlank()) {
            // Path.of("") is the working folder, which would be reported as "not a regular file".
            throw new ScenarioException(new Problem("''", 0, 0, "", "the scenario is empty text; give a bundled name "
                    + "('lonelyloop list' shows them) or a scenario file"));
        }
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(new Problem(nameOrPath, 0, 0, "", "not a file name this system can use: "
                    + e.getReason()));
        }
        if (Files.exists(path)) {
            return ScenarioSource.file(path);
        }
        if (BundledScenarios.names().contains(nameOrPath)) {
            return ScenarioSource.bundled(nameOrPath);
        }
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            return ScenarioSource.file(path);
        }
        List<String> byLastPart = BundledScenarios.names().stream().filter(n -> n.endsWith("/" + nameOrPath)).toList();
        if (byLastPart.size() == 1) {
            return ScenarioSource.bundled(byLastPart.get(0));
        }
        String best = DidYouMean.closest(nameOrPath, BundledScenarios.names());
        throw new ScenarioException(new Problem(nameOrPath, 0, 0, "", "no bundled scenario or file of that name"
                + (best == null ? "" : "; did you mean '" + best + "'?") + " ('lonelyloop list' shows the bundled scenarios)"));
    }

    /**
     * A scenario named in another (an {@code expect:} item's {@code compare}): a path beside the file
     * {@code source} names (its display name; a bundled scenario names others as paths beside it or
     * by name), else as {@link #locate} finds it. A file must exist.
     */
    public static ScenarioSource locateBeside(String source, String name) throws ScenarioException {
        String bundled = "bundled:";
        if (source.startsWith(bundled)) {
            String beside = Path.of(source.substring(bundled.length())).resolveSibling(name).normalize().toString()
                    .replace('\\', '/').replaceFirst("\\.ya?ml$", "");
            if (BundledScenarios.names().contains(beside)) {
                return ScenarioSource.bundled(beside);
            }
        } else if (!source.isEmpty()) {
            Path parent = Path.of(source).getParent();
            Path beside = parent == null ? Path.of(name) : parent.resolve(name);
            // Confined as extends: is: a scenario shared with others names nothing outside its folder.
            Path folder = Path.of(source).toAbsolutePath().normalize().getParent();
            if (!beside.toAbsolutePath().normalize().startsWith(folder)
                    && !BundledScenarios.names().contains(name.replaceFirst("^bundled:", "").replaceFirst("\\.ya?ml$", ""))) {
                throw new ScenarioException(new Problem(name, 0, 0, "", "leaves the folder of the scenario that names it; "
                        + "a comparison may name files in that folder or below it, or a bundled scenario"));
            }
            if (Files.isRegularFile(beside)) {
                return ScenarioSource.file(beside);
            }
        }
        ScenarioSource found = locate(name);
        if (!found.displayName().startsWith(bundled) && !Files.isRegularFile(Path.of(found.displayName()))) {
            throw new ScenarioException(new Problem(name, 0, 0, "", "no such scenario file"));
        }
        return found;
    }

    public static LoadedScenario load(ScenarioSource source) throws ScenarioException {
        return load(source, List.of());
    }

    /**
     * @param overrides {@code key.path=value} strings, value in YAML syntax
     */
    public static LoadedScenario load(ScenarioSource source, List<String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<LocatedTree> chain = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        readChain(source, new ArrayDeque<>(), new ArrayDeque<>(), chain, sources, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }

        ObjectNode merged = (ObjectNode) ScenarioYaml.toTree(Scenario.defaults());
        merged.put("name", source.baseName());
        Map<String, LocatedTree.Origin> origins = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            LocatedTree t = chain.get(i);
            mergeInto(merged, (ObjectNode) t.root());
            origins.putAll(t.origins());
        }
        return finish(merged, origins, source.displayName(), sources, overrides);
    }

    /**
     * A resolved scenario written out as a tree (a manifest's {@code scenario}) read back into the
     * record, checked as a file would be. Keys added since the tree was written take their defaults.
     *
     * @param where what to name in messages (the manifest's path)
     */
    public static Scenario fromTree(com.fasterxml.jackson.databind.JsonNode tree, String where)
            throws ScenarioException {
        if (!tree.isObject()) {
            throw new ScenarioException(new Problem(where, 0, 0, "scenario", "holds no scenario"));
        }
        ObjectNode merged = (ObjectNode) ScenarioYaml.toTree(Scenario.defaults());
        mergeInto(merged, (ObjectNode) tree);
        return finish(merged, Map.of(), where, List.of(where), List.of()).scenario();
    }

    /**
     * Expands interventions, checks keys and kinds, binds, applies the {@code --set} overrides to the
     * record, then checks ranges and what spans sections over the result: shared by loading a file
     * and reading a manifest.
     */
    private static LoadedScenario finish(ObjectNode merged, Map<String, LocatedTree.Origin> origins, String where,
            List<String> sources, List<String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Map<String, LocatedTree.Origin> located = new HashMap<>(origins);
        ObjectNode defaults = (ObjectNode) ScenarioYaml.toTree(Scenario.defaults());
        defaults.set(INTERVENTIONS, expandInterventions(merged));
        defaults.set(EVENTS, expandEvents(merged));
        defaults.set(EXPECT, expandExpectations(merged));
        defaults.set(GROUPS, layOverTypeDefaults(merged, GROUPS, type -> GroupSpec.defaults(), null));
        TreeChecker checker = new TreeChecker(path -> nearest(located, path), where);
        problems.addAll(checker.check(merged, Scenario.class));
        // Values of the wrong kind are set back to their defaults so that the ranges of everything
        // else can still be checked: the user sees all problems in one go.
        List<String> badPaths = new ArrayList<>(checker.badPaths());
        for (String bad : badPaths) {
            TreePaths.restore(merged, defaults, bad);
        }
        Scenario scenario;
        try {
            scenario = ScenarioYaml.fromTree(merged, Scenario.class);
        } catch (IOException | IllegalArgumentException e) {
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            throw new ScenarioException(unbindable(e, located, where));
        }
        // A value the file got wrong and an override replaces is the override's (as a later file's
        // value replaces an earlier one's): its problem goes, and its range is checked again.
        List<Problem> found = new ArrayList<>();
        Overrides set = new Overrides(located, found, badPaths);
        scenario = set.apply(scenario, overrides);
        problems.removeIf(p -> set.replaced(p.path()));
        badPaths.removeIf(set::replaced);
        problems.addAll(found);
        checkWhole(scenario, located, where, badPaths, problems);
        return new LoadedScenario(scenario, sources, overrides);
    }

    /**
     * Ranges and the checks that span sections, over a bound scenario; with what was found before,
     * every problem is thrown at once, in the order of the files.
     *
     * @param badPaths values that could not be read, whose ranges are not reported again
     */
    private static void checkWhole(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<String> badPaths, List<Problem> problems) throws ScenarioException {
        for (Violation v : Bounds.violations(scenario)) {
            if (badPaths.stream().anyMatch(b -> v.path().equals(b) || v.path().startsWith(b + ".")
                    || v.path().startsWith(b + "["))) {
                continue;
            }
            LocatedTree.Origin o = nearest(origins, v.path());
            problems.add(o == null ? new Problem(where, 0, 0, v.path(), v.message())
                    : new Problem(o.source(), o.valueLine(), o.valueColumn(), v.path(), v.message()));
        }
        checkSweep(scenario, origins, where, problems);
        checkSnapshots(scenario, origins, where, problems);
        checkEvents(scenario, origins, where, problems);
        checkGroups(scenario, origins, where, problems);
        checkExpectations(scenario, origins, where, problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::source).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new ScenarioException(problems);
        }
    }

    /** Snapshot days must fall within the recorded days (the duration itself means the last day). */
    private static void checkSnapshots(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<Problem> problems) {
        List<org.lonelyloop.model.params.Days> days = scenario.outputs().snapshots();
        for (int k = 0; days != null && k < days.size(); k++) {
            int d = days.get(k).count();
            if (d > scenario.duration().count()) {
                String path = "outputs.snapshots[" + k + "]";
                String msg = "day " + d + " is after the end of the run (duration " + scenario.duration() + ")";
                LocatedTree.Origin o = nearest(origins, path);
                problems.add(o == null ? new Problem(where, 0, 0, path, msg)
                        : new Problem(o.source(), o.valueLine(), o.valueColumn(), path, msg));
            }
        }
    }

    /** A life event must happen within the run, and a named agent must exist. */
    private static void checkEvents(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<Problem> problems) {
        for (int k = 0; k < scenario.events().size(); k++) {
            LifeEventSpec e = scenario.events().get(k);
            String at = "events[" + k + "].";
            if (e.day() != null && e.day().count() >= scenario.duration().count()) {
                problems.add(located(origins, where, at + "day", "day " + e.day() + " is not within the run (duration "
                        + scenario.duration() + ")"));
            }
            if (e.agent() >= scenario.population().size()) {
                problems.add(located(origins, where, at + "agent", "agent " + e.agent() + " does not exist: the "
                        + scenario.population().size() + " agents are numbered 0 to " + (scenario.population().size() - 1)));
            }
        }
    }

    /** A group is chosen on a day of the run, and no two groups share a name. */
    private static void checkGroups(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<Problem> problems) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int k = 0; k < scenario.groups().size(); k++) {
            GroupSpec g = scenario.groups().get(k);
            String at = "groups[" + k + "].";
            if (g.day().count() >= scenario.duration().count()) {
                problems.add(located(origins, where, at + "day", "day " + g.day() + " is not within the run (duration "
                        + scenario.duration() + ")"));
            }
            if (g.name() != null && !names.add(g.name())) {
                problems.add(located(origins, where, at + "name", "a second group named '" + g.name()
                        + "'; each group needs its own name"));
            }
        }
    }

    /**
     * A prediction must name a recorded measure. What only a variant of the scenario can make wrong
     * is not refused, so a variant still loads and runs: days after a shortened run's end ('test'
     * says the run did not record them), or leaving out interventions or events the variant has
     * none of (the twin is then the scenario itself).
     */
    private static void checkExpectations(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<Problem> problems) {
        java.util.Set<String> measures = new java.util.LinkedHashSet<>();
        for (org.lonelyloop.model.observe.Column c : org.lonelyloop.model.observe.DailyMetrics.columns()) {
            measures.add(c.name());
        }
        for (int k = 0; k < scenario.expect().size(); k++) {
            Expectation e = scenario.expect().get(k);
            String at = "expect[" + k + "].";
            String c = e.compare();
            if (e.comparesArm() && !Expectation.WITHOUT_INTERVENTIONS.equals(c)
                    && !Expectation.WITHOUT_EVENTS.equals(c)) {
                LocatedTree.Origin o = nearest(origins, at + "compare");
                try {
                    locateBeside(o == null ? where : o.source(), c.strip());
                } catch (ScenarioException notFound) {
                    problems.add(located(origins, where, at + "compare", "compares with '" + c.strip() + "': "
                            + notFound.problems().get(0).message()));
                }
            }
            java.util.Set<String> groups = new java.util.LinkedHashSet<>();
            scenario.groups().forEach(g -> groups.add(g.name()));
            if (e.group() != null && !groups.contains(e.group())) {
                problems.add(located(origins, where, at + "group", "'" + e.group() + "' is not one of the scenario's "
                        + "groups" + named(groups, e.group())));
            }
            if (e.versus() != null && !e.versus().equals(GroupSpec.OTHERS) && !groups.contains(e.versus())) {
                java.util.Set<String> choices = new java.util.LinkedHashSet<>(groups);
                choices.add(GroupSpec.OTHERS);
                problems.add(located(origins, where, at + "versus", "'" + e.versus() + "' is neither 'others' (the "
                        + "rest of those the group was chosen among) nor one of the scenario's groups"
                        + named(choices, e.versus())));
            }
            if (e.measure() != null && !e.measure().isBlank() && !measures.contains(e.measure())) {
                String best = DidYouMean.closest(e.measure(), measures);
                problems.add(located(origins, where, at + "measure", "'" + e.measure() + "' is not a recorded measure"
                        + (best == null ? "" : "; did you mean '" + best + "'?")
                        + " (the columns of timeseries.csv, listed in docs/outputs.md)"));
            }
        }
    }

    /** ": a, b" or "; did you mean 'a'?" after a name that is not among {@code names}. */
    private static String named(java.util.Set<String> names, String given) {
        if (names.isEmpty()) {
            return " (it defines none: add a groups: section)";
        }
        String best = DidYouMean.closest(given, names);
        return best != null ? "; did you mean '" + best + "'?" : " (" + String.join(", ", names) + ")";
    }

    private static Problem located(Map<String, LocatedTree.Origin> origins, String where, String path, String msg) {
        LocatedTree.Origin o = nearest(origins, path);
        return o == null ? new Problem(where, 0, 0, path, msg)
                : new Problem(o.source(), o.valueLine(), o.valueColumn(), path, msg);
    }

    /**
     * Every value an experiment sweeps must make a valid scenario: each is applied as a --set would
     * apply it, and what is wrong is reported at the value in the file.
     */
    private static void checkSweep(Scenario scenario, Map<String, LocatedTree.Origin> origins, String where,
            List<Problem> problems) {
        List<org.lonelyloop.scenario.ExperimentParams.Variation> vary = scenario.experiment().vary();
        // Against the scenario itself when it is valid; against the defaults when it is not, so the
        // sweep's own problems are not mixed with the rest.
        Scenario plain = (problems.isEmpty() ? scenario : Scenario.defaults())
                .withExperiment(org.lonelyloop.scenario.ExperimentParams.defaults());
        for (int k = 0; k < vary.size(); k++) {
            boolean keySaid = false;
            for (int j = 0; j < vary.get(k).values().size(); j++) {
                String path = "experiment.vary[" + k + "].values[" + j + "]";
                try {
                    override(plain, List.of(vary.get(k).key() + "=" + vary.get(k).values().get(j)));
                } catch (ScenarioException e) {
                    LocatedTree.Origin o = nearest(origins, path);
                    for (Problem p : e.problems()) {
                        if (p.message().startsWith("unknown key") || p.message().contains("no such")) {
                            // A problem of the key is the same for every value: said once, at the key.
                            if (!keySaid) {
                                keySaid = true;
                                String keyPath = "experiment.vary[" + k + "].key";
                                LocatedTree.Origin ko = nearest(origins, keyPath);
                                String msg = p.path() + ": " + p.message();
                                problems.add(ko == null ? new Problem(where, 0, 0, keyPath, msg)
                                        : new Problem(ko.source(), ko.valueLine(), ko.valueColumn(), keyPath, msg));
                            }
                            continue;
                        }
                        String msg = (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
                        problems.add(o == null ? new Problem(where, 0, 0, path, msg)
                                : new Problem(o.source(), o.valueLine(), o.valueColumn(), path, msg));
                    }
                }
            }
        }
    }

    /**
     * Lays each intervention over its type's defaults, so a scenario states only what differs, and
     * returns the defaults the items were laid over (for setting a bad value back). An item without
     * a known type gets a stand-in of a known type: the list keeps its indexes, so the other items are
     * still checked and their problems reported with the right paths.
     */
    private static ArrayNode expandInterventions(ObjectNode merged) {
        return layOverTypeDefaults(merged, INTERVENTIONS,
                type -> type != null && InterventionTypes.all().containsKey(type) ? InterventionTypes.defaults(type) : null,
                InterventionTypes.defaults(STAND_IN));
    }

    /**
     * The same for life events (a lockdown's contact factor is not an illness's); an item without a
     * known type is laid over a move's, so its other keys are still checked and the type's problem
     * is reported once.
     */
    private static ArrayNode expandEvents(ObjectNode merged) {
        return layOverTypeDefaults(merged, EVENTS, type -> {
            for (LifeEventSpec.Kind kind : LifeEventSpec.Kind.values()) {
                if (kind.name().equals(type)) {
                    return LifeEventSpec.defaults(kind);
                }
            }
            return LifeEventSpec.defaults();
        }, null);
    }

    /**
     * Each prediction is laid over {@link Expectation#defaults()} (read at the end, counted as borne
     * out); a number given as {@code compare} is kept as its text, as the record holds it.
     */
    private static ArrayNode expandExpectations(ObjectNode merged) {
        JsonNode list = merged.get(EXPECT);
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                JsonNode compare = item.isObject() ? item.get("compare") : null;
                if (compare != null && compare.isNumber()) {
                    ((ObjectNode) item).put("compare", compare.asText());
                }
            }
        }
        return layOverTypeDefaults(merged, EXPECT, type -> Expectation.defaults(), null);
    }

    /**
     * Lays each map in the list at {@code key} over the defaults {@code defaultsFor} gives for its
     * {@code type} (null when it has none); where it gives none, the item stays as written and
     * {@code standIn} stands among the returned defaults.
     */
    private static ArrayNode layOverTypeDefaults(ObjectNode merged, String key,
            java.util.function.Function<String, Object> defaultsFor, Object standIn) {
        ArrayNode typeDefaults = JsonNodeFactory.instance.arrayNode();
        JsonNode list = merged.get(key);
        if (list == null || !list.isArray()) {
            return typeDefaults;
        }
        for (int k = 0; k < list.size(); k++) {
            JsonNode item = list.get(k);
            JsonNode type = item.isObject() ? item.get(TreeChecker.TYPE) : null;
            Object defaults = item.isObject() ? defaultsFor.apply(type != null && type.isTextual() ? type.asText() : null)
                    : null;
            if (defaults == null) {
                typeDefaults.add(ScenarioYaml.toTree(standIn != null ? standIn : defaultsFor.apply(null)));
                continue;
            }
            ObjectNode full = (ObjectNode) ScenarioYaml.toTree(defaults);
            typeDefaults.add(full.deepCopy());
            mergeInto(full, (ObjectNode) item);
            ((ArrayNode) list).set(k, full);
        }
        return typeDefaults;
    }

    /**
     * The scenario with {@code key.path=value} overrides applied, checked as a loaded file is (every
     * problem reported, located at the override that caused it). Sweeps and tests build their
     * variants this way, so a varied value is validated exactly as if a user had written it. Each
     * value is read into its type and set on the record by {@link org.lonelyloop.model.params.KeyPaths}.
     */
    public static Scenario override(Scenario base, List<String> overrides) throws ScenarioException {
        if (overrides.isEmpty()) {
            return base;
        }
        Map<String, LocatedTree.Origin> origins = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> badPaths = new ArrayList<>();
        Scenario s = new Overrides(origins, problems, badPaths).apply(base, overrides);
        checkWhole(s, origins, "--set", badPaths, problems);
        return s;
    }

    /** Whether the items of the top-level list {@code key} are laid over their type's defaults. */
    static boolean hasTypeDefaults(String key) {
        return key.equals(INTERVENTIONS) || key.equals(EVENTS) || key.equals(GROUPS) || key.equals(EXPECT);
    }

    /** A copy of {@code list}, the value of the top-level key {@code key}, each item over its type's defaults. */
    static JsonNode laidOverTypeDefaults(String key, JsonNode list) {
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set(key, list.deepCopy());
        switch (key) {
            case INTERVENTIONS -> expandInterventions(holder);
            case EVENTS -> expandEvents(holder);
            case EXPECT -> expandExpectations(holder);
            case GROUPS -> layOverTypeDefaults(holder, GROUPS, type -> GroupSpec.defaults(), null);
            default -> throw new IllegalArgumentException(key + " has no type defaults");
        }
        return holder.get(key);
    }

    /** Reads the file and, recursively, what it extends; the given file comes first. */
    private static void readChain(ScenarioSource source, Deque<String> stack, Deque<String> shown,
            List<LocatedTree> chain, List<String> sources, List<Problem> problems) {
        if (stack.contains(source.identity())) {
            List<String> ids = new ArrayList<>(stack);
            List<String> names = new ArrayList<>(shown);
            java.util.Collections.reverse(ids);
            java.util.Collections.reverse(names);
            List<String> cycle = new ArrayList<>(names.subList(ids.indexOf(source.identity()), names.size()));
            cycle.add(source.displayName());
            problems.add(new Problem(cycle.get(0), 0, 0, EXTENDS, "extends itself in a cycle: "
                    + String.join(" -> ", cycle)));
            return;
        }
        String text;
        try {
            text = source.read();
        } catch (NoSuchFileException e) {
            problems.add(new Problem(source.displayName(), 0, 0, "", e.getReason() == null ? "no such file" : e.getReason()));
            return;
        } catch (java.nio.file.AccessDeniedException e) {
            problems.add(new Problem(source.displayName(), 0, 0, "",
                    "permission denied: this user may not read the file (see its owner and mode with ls -l)"));
            return;
        } catch (IOException e) {
            problems.add(new Problem(source.displayName(), 0, 0, "", "cannot be read: " + e.getMessage()));
            return;
        }
        LocatedTree tree = LocatedTree.parse(text, source.displayName());
        problems.addAll(tree.problems());
        chain.add(tree);
        sources.add(source.displayName());
        JsonNode ext = tree.root().get(EXTENDS);
        if (ext == null) {
            return;
        }
        ((ObjectNode) tree.root()).remove(EXTENDS);
        LocatedTree.Origin o = tree.origins().get(EXTENDS);
        if (!ext.isTextual()) {
            problems.add(new Problem(source.displayName(), o.valueLine(), o.valueColumn(), EXTENDS,
                    "must be the path of another scenario file, relative to this one"));
            return;
        }
        ScenarioSource parent;
        try {
            parent = source.resolve(ext.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(source.displayName(), o.valueLine(), o.valueColumn(), EXTENDS, e.getMessage()));
            return;
        }
        stack.push(source.identity());
        shown.push(source.displayName());
        int before = problems.size();
        readChain(parent, stack, shown, chain, sources, problems);
        stack.pop();
        shown.pop();
        if (problems.size() > before && problems.get(before).line() == 0 && problems.get(before).path().isEmpty()) {
            Problem missing = problems.remove(before);
            String name = ext.asText().endsWith(".yaml") ? ext.asText().substring(0, ext.asText().length() - 5)
                    : ext.asText();
            String bundled = DidYouMean.closest(name, BundledScenarios.names());
            problems.add(before, new Problem(source.displayName(), o.valueLine(), o.valueColumn(), EXTENDS,
                    "'" + ext.asText() + "': " + missing.message() + (bundled == null ? ""
                            : "; did you mean the bundled '" + bundled + "'?")));
        }
    }

    /** Lays {@code top} over {@code base}: maps merge key by key, anything else replaces. */
    static void mergeInto(ObjectNode base, ObjectNode top) {
        for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    /**
     * A tree the checker passed but the records refused (it should not happen; when it does, the
     * user still gets the key path and its place, not Jackson's message).
     */
    private static Problem unbindable(Exception e, Map<String, LocatedTree.Origin> origins, String where) {
        String path = "";
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            StringBuilder b = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                if (r.getIndex() >= 0) {
                    b.append('[').append(r.getIndex()).append(']');
                } else if (r.getFieldName() != null) {
                    b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
                }
            }
            path = b.toString();
        }
        String message = "is missing or not the kind of value it should be (docs/scenarios.md shows each key)";
        LocatedTree.Origin o = nearest(origins, path);
        return o == null ? new Problem(where, 0, 0, path, message)
                : new Problem(o.source(), o.valueLine(), o.valueColumn(), path, message);
    }

    /** The origin of a path, or of the nearest enclosing key that has one (a value set as a whole map). */
    static LocatedTree.Origin nearest(Map<String, LocatedTree.Origin> origins, String path) {
        String p = path;
        while (!p.isEmpty()) {
            LocatedTree.Origin o = origins.get(p);
            if (o != null) {
                return o;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }
}
