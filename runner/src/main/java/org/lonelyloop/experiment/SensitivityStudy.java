package org.lonelyloop.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.lonelyloop.analysis.Morris;
import org.lonelyloop.analysis.SobolIndices;
import org.lonelyloop.experiment.JointCalibration.Parameter;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.table.Csv;

/**
 * A global sensitivity analysis of a scenario: which parameters its outcomes depend on. The design
 * (Morris trajectories or Saltelli's Sobol sample) is laid out on the unit cube, scaled to each
 * parameter's range and run as a sweep of explicit points ({@link SweepPlan#ofDesign}), so it uses
 * all cores, survives being stopped, shards over a cluster and records every evaluation. Each
 * point's outputs are the means over its replications of each output's mean over a window of the
 * run; the indices come from {@link Morris} or {@link SobolIndices}, computed the same way for a
 * test function as for the model.
 *
 * @param method     morris or sobol
 * @param parameters the factors, each with its range
 * @param samples    Morris: trajectories r; Sobol: base points N
 * @param levels     Morris: grid levels p (even); unused by Sobol
 * @param seed       seed of the design (Morris's random trajectories) and the bootstrap
 * @param outputs    measures analysed (columns of timeseries.csv)
 * @param from       first day of the window each output is averaged over
 * @param to         the day after its last
 */
public record SensitivityStudy(Method method, List<Parameter> parameters, int samples, int levels, long seed,
        List<String> outputs, int from, int to) {
    /** The file that holds the study's definition beside plan.json. */
    public static final String FILE = "sensitivity.json";
    /** The indices, one row per parameter, output and index. */
    public static final String RESULTS = "sensitivity.csv";
    /** Bootstrap resamples for Sobol's intervals. */
    public static final int BOOTSTRAP = 1000;
    /** The index naming the run noise in a Morris sigma. */
    public static final String SIGMA_NOISE = "sigmaNoise";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The two methods. */
    public enum Method {
        morris, sobol
    }

    public SensitivityStudy {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
    }

    /** Model evaluations the design needs (before replications). */
    public int points() {
        int k = parameters.size();
        return method == Method.morris ? Morris.points(k, samples) : SobolIndices.points(k, samples);
    }

    /** The design on the unit cube, a row per point. */
    public double[][] unitDesign() {
        int k = parameters.size();
        return method == Method.morris ? Morris.design(k, samples, levels, seed) : SobolIndices.design(k, samples);
    }

    /**
     * The sweep that runs the design: each point's values as a scenario file writes them; with
     * {@code commonSeeds}, replication r of every point has one seed (SweepPlan).
     */
    public SweepPlan plan(Scenario base, int replications, boolean commonSeeds) {
        List<List<String>> points = new ArrayList<>();
        for (double[] u : unitDesign()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < u.length; i++) {
                values.add(parameters.get(i).text(u[i]));
            }
            points.add(values);
        }
        return SweepPlan.ofDesign(base, parameters.stream().map(Parameter::key).toList(), points, replications,
                commonSeeds);
    }

    /**
     * One row of sensitivity.csv.
     *
     * @param index muStar, mu, sigma (Morris) or S1, ST (Sobol)
     * @param low   lower end of its 95 % interval (Sobol), or NaN
     * @param high  upper end, or NaN
     */
    public record Row(String parameter, String output, String index, double value, double low, double high) {
    }

    /**
     * The indices of every parameter on every output from the outputs at each design point.
     *
     * @param y for each output, its value at each point of {@link #unitDesign()}
     */
    public List<Row> analyse(Map<String, double[]> y) {
        List<Row> rows = new ArrayList<>();
        double[][] design = unitDesign();
        int k = parameters.size();
        for (String output : outputs) {
            double[] v = y.get(output);
            if (method == Method.morris) {
                Morris.Intervals[] e = Morris.intervals(design, v, BOOTSTRAP, seed);
                for (int i = 0; i < k; i++) {
                    String p = parameters.get(i).key();
                    rows.add(new Row(p, output, "muStar", e[i].point().muStar(), e[i].muStarLow(), e[i].muStarHigh()));
                    rows.add(new Row(p, output, "mu", e[i].point().mu(), e[i].muLow(), e[i].muHigh()));
                    rows.add(new Row(p, output, "sigma", e[i].point().sigma(), e[i].sigmaLow(), e[i].sigmaHigh()));
                }
            } else {
                SobolIndices.Index[] ix = SobolIndices.indices(v, k, samples, BOOTSTRAP, seed);
                for (int i = 0; i < k; i++) {
                    String p = parameters.get(i).key();
                    rows.add(new Row(p, output, "S1", ix[i].s1(), ix[i].s1Low(), ix[i].s1High()));
                    rows.add(new Row(p, output, "ST", ix[i].st(), ix[i].stLow(), ix[i].stHigh()));
                }
            }
        }
        return rows;
    }

    /** The same analysis with the model replaced by a function of the unit point (test functions). */
    public List<Row> analyseFunctions(Map<String, ToDoubleFunction<double[]>> functions) {
        Map<String, double[]> y = new LinkedHashMap<>();
        double[][] design = unitDesign();
        for (Map.Entry<String, ToDoubleFunction<double[]>> f : functions.entrySet()) {
            double[] v = new double[design.length];
            for (int j = 0; j < design.length; j++) {
                v[j] = f.getValue().applyAsDouble(design[j]);
            }
            y.put(f.getKey(), v);
        }
        return analyse(y);
    }

    /**
     * Each output at each point of a finished sweep folder: the mean over the point's replications
     * of the output's mean over [from, to) in each run's timeseries.csv.
     *
     * @throws IllegalStateException naming a run that is missing
     */
    public Map<String, double[]> outputsOf(Path folder, SweepPlan plan) throws IOException {
        Map<String, double[]> y = new LinkedHashMap<>();
        for (Map.Entry<String, double[][]> e : outputsByReplication(folder, plan).entrySet()) {
            double[] mean = new double[plan.points()];
            for (double[] rep : e.getValue()) {
                for (int p = 0; p < mean.length; p++) {
                    mean[p] += rep[p] / plan.replications();
                }
            }
            y.put(e.getKey(), mean);
        }
        return y;
    }

    /** Each output at each point, one array per replication ([replication][point]). */
    public Map<String, double[][]> outputsByReplication(Path folder, SweepPlan plan) throws IOException {
        Map<String, double[][]> y = new LinkedHashMap<>();
        for (String o : outputs) {
            y.put(o, new double[plan.replications()][plan.points()]);
        }
        for (int run = 0; run < plan.runs(); run++) {
            Path dir = folder.resolve("runs").resolve(SweepPlan.runFolder(run));
            if (!Files.exists(dir.resolve(Manifest.FILE))) {
                throw new IllegalStateException("run " + run + " is not in " + folder + "; finish the sweep first");
            }
            Arms.Series s = Arms.Series.read(dir);
            for (String o : outputs) {
                y.get(o)[plan.replicationOf(run)][plan.pointOf(run)] = s.mean(s.column(o), from, to);
            }
        }
        return y;
    }

    /**
     * Morris: each parameter's {@code sigmaNoise} on each output, the part of sigma the runs' own
     * noise accounts for ({@link Morris#noise}); nothing for Sobol, or with one replication a point.
     */
    public List<Row> noise(Map<String, double[][]> byReplication) {
        List<Row> rows = new ArrayList<>();
        if (method != Method.morris) {
            return rows;
        }
        double[][] design = unitDesign();
        for (String output : outputs) {
            double[][] reps = byReplication.get(output);
            if (reps.length < 2) {
                continue;
            }
            double[] noise = Morris.noise(design, reps);
            for (int i = 0; i < parameters.size(); i++) {
                rows.add(new Row(parameters.get(i).key(), output, SIGMA_NOISE, noise[i], Double.NaN, Double.NaN));
            }
        }
        return rows;
    }

    /** Writes sensitivity.csv. */
    public static void write(Path folder, String method, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("method,parameter,output,index,value,low,high\n");
        for (Row r : rows) {
            b.append(method).append(',').append(Csv.text(r.parameter())).append(',').append(r.output()).append(',')
                    .append(r.index()).append(',').append(Csv.number(r.value())).append(',')
                    .append(Csv.number(r.low())).append(',').append(Csv.number(r.high())).append('\n');
        }
        Csv.writeAtomically(folder.resolve(RESULTS), b.toString());
    }

    public void save(Path folder) throws IOException {
        Csv.writeAtomically(folder.resolve(FILE), JSON.writeValueAsString(this));
    }

    public static SensitivityStudy read(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(FILE).toFile(), SensitivityStudy.class);
    }
}
