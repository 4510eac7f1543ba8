package org.lonelyloop.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.lonelyloop.scenario.ExperimentParams;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioYaml;

/**
 * The runs of a sweep: the full-factorial points of the varied parameters, or the points of a
 * design (a sensitivity analysis), each replicated; run {@code i} is point {@code i / replications},
 * replication {@code i % replications}, with seed {@link Seeds#forRun}(base seed, i), or with common
 * seeds {@link Seeds#forRun}(base seed, replication): then replication r of every point is the same
 * world with the same random numbers, so points differ only by what was varied, and points that
 * vary only what acts after the burn-in share it. Written to plan.json, so a resumed sweep, a shard
 * and a merge can check they belong to the same sweep.
 *
 * @param scenario     name of the scenario swept
 * @param fingerprint  SHA-256 of the fully resolved base scenario (without its experiment section
 *                     and predictions)
 * @param baseSeed     the scenario's seed
 * @param replications runs per point
 * @param vary         the varied parameters, in order (the first varies slowest); with a design,
 *                     their keys only
 * @param design       the points of a design, each a value per varied parameter, or null for the
 *                     full factorial
 * @param commonSeeds  true when replication r of every point has the same seed; null (plans of
 *                     earlier versions) or false: every run its own
 */
public record SweepPlan(String scenario, String fingerprint, long baseSeed, int replications,
        List<ExperimentParams.Variation> vary, List<List<String>> design, Boolean commonSeeds) {
    public static final String FILE = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    public SweepPlan {
        vary = List.copyOf(vary);
        design = design == null ? null : design.stream().map(List::copyOf).toList();
        commonSeeds = Boolean.TRUE.equals(commonSeeds) ? Boolean.TRUE : null;
    }

    public static SweepPlan of(Scenario base, List<ExperimentParams.Variation> vary, int replications) {
        return of(base, vary, replications, false);
    }

    /** As above; with {@code commonSeeds}, replication r of every point runs with the same seed. */
    public static SweepPlan of(Scenario base, List<ExperimentParams.Variation> vary, int replications,
            boolean commonSeeds) {
        return new SweepPlan(base.name(), fingerprint(base), base.seed(), replications, vary, null, commonSeeds);
    }

    /** Whether replication r of every point has the same seed. */
    public boolean sharesSeeds() {
        return Boolean.TRUE.equals(commonSeeds);
    }

    /** A plan that runs exactly these points: {@code points.get(p).get(k)} is the value of {@code keys.get(k)}. */
    public static SweepPlan ofDesign(Scenario base, List<String> keys, List<List<String>> points, int replications) {
        return ofDesign(base, keys, points, replications, false);
    }

    /** As above; with {@code commonSeeds}, replication r of every point runs with the same seed. */
    public static SweepPlan ofDesign(Scenario base, List<String> keys, List<List<String>> points, int replications,
            boolean commonSeeds) {
        List<ExperimentParams.Variation> vary = keys.stream().map(k -> new ExperimentParams.Variation(k, List.of()))
                .toList();
        return new SweepPlan(base.name(), fingerprint(base), base.seed(), replications, vary, points, commonSeeds);
    }

    private static String fingerprint(Scenario base) {
        return sha256(ScenarioYaml.write(base.withExperiment(ExperimentParams.defaults()).withExpect(List.of())));
    }

    public int points() {
        if (design != null) {
            return design.size();
        }
        int n = 1;
        for (ExperimentParams.Variation v : vary) {
            n *= v.values().size();
        }
        return n;
    }

    public int runs() {
        return points() * replications;
    }

    public int pointOf(int run) {
        return run / replications;
    }

    public int replicationOf(int run) {
        return run % replications;
    }

    public long seedOf(int run) {
        return Seeds.forRun(baseSeed, sharesSeeds() ? replicationOf(run) : run);
    }

    /** The value of each varied parameter at a point, as written. */
    public List<String> valuesAt(int point) {
        if (design != null) {
            return design.get(point);
        }
        List<String> out = new ArrayList<>();
        int rest = point;
        int stride = points();
        for (ExperimentParams.Variation v : vary) {
            stride /= v.values().size();
            out.add(v.values().get(rest / stride));
            rest %= stride;
        }
        return out;
    }

    /** The scenario of one run: the base with the point's values set. */
    public Scenario scenarioOf(Scenario base, int run) throws ScenarioException {
        List<String> sets = new ArrayList<>();
        List<String> values = valuesAt(pointOf(run));
        for (int k = 0; k < vary.size(); k++) {
            sets.add(vary.get(k).key() + "=" + values.get(k));
        }
        return ScenarioLoader.override(base.withExperiment(ExperimentParams.defaults()), sets).withSeed(seedOf(run));
    }

    /** Whether run {@code run} belongs to shard {@code shard} of {@code shards} (1-based). */
    public static boolean inShard(int run, int shard, int shards) {
        return run % shards == shard - 1;
    }

    public static String runFolder(int run) {
        return String.format("run-%05d", run);
    }

    public void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE).toFile(), this);
    }

    public static SweepPlan read(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(FILE).toFile(), SweepPlan.class);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
