package chatshare.calibration;

import chatshare.analysis.Charts;
import chatshare.output.CsvFormat;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ABC posterior of a calibration with every moment measured on its draws (the unweighted
 * probes the search skipped included), and what is derived from it: predictive intervals, the
 * identification table, the sweep design of its draws and the pairwise plot.
 */
public final class Posterior {
    /** Each parameter's posterior quantiles and each moment's standardised coefficient on it. */
    record Identification(List<String> parameters, double[][] quantiles, double[][] coefficients, int points) {
    }

    /** The lower and upper quantiles of the 90% intervals. */
    static final double LOW = 0.05;
    static final double HIGH = 0.95;

    private final List<Search.Candidate> draws;
    private final double[] weights;
    private final double tolerance;
    private final List<Evaluator.Evaluation> measured;
    private final Evaluator.Evaluation best;
    /** Points run again to measure the unweighted probes (0 when the search measured everything). */
    private final int remeasured;

    private Posterior(List<Search.Candidate> draws, double[] weights, double tolerance,
            List<Evaluator.Evaluation> measured, Evaluator.Evaluation best, int remeasured) {
        this.remeasured = remeasured;
        this.draws = draws;
        this.weights = weights;
        this.tolerance = tolerance;
        this.measured = measured;
        this.best = best;
    }

    /** The posterior with its draws and the best point measured in full (re-run when the search skipped probes). */
    static Posterior measured(Search.Posterior abc, Search.Candidate best, Evaluator evaluator, boolean remeasure)
            throws InterruptedException {
        List<Evaluator.Evaluation> measured = abc.draws().stream().map(Search.Candidate::evaluation).toList();
        Evaluator.Evaluation bestFull = best.evaluation();
        int runAgain = 0;
        if (remeasure) {
            List<Map<String, Double>> points = new ArrayList<>(List.of(best.point()));
            abc.draws().forEach(d -> {
                if (!points.contains(d.point())) {
                    points.add(d.point());
                }
            });
            List<Evaluator.Evaluation> full = evaluator.evaluate(points, true);
            Map<Map<String, Double>, Evaluator.Evaluation> byPoint = new LinkedHashMap<>();
            full.forEach(e -> byPoint.put(e.point(), e));
            measured = abc.draws().stream().map(d -> byPoint.get(d.point())).toList();
            bestFull = full.get(0);
            runAgain = points.size();
        }
        return new Posterior(abc.draws(), abc.weights(), abc.tolerance(), measured, bestFull, runAgain);
    }

    int remeasured() {
        return remeasured;
    }

    List<Search.Candidate> draws() {
        return draws;
    }

    double[] weights() {
        return weights.clone();
    }

    double tolerance() {
        return tolerance;
    }

    /** The best point's evaluation with every moment measured. */
    Evaluator.Evaluation best() {
        return best;
    }

    /** Draw i's evaluation with every moment measured. */
    Evaluator.Evaluation measured(int draw) {
        return measured.get(draw);
    }

    /** The draws' values of one parameter. */
    double[] values(String parameter) {
        return draws.stream().mapToDouble(d -> d.point().get(parameter)).toArray();
    }

    /**
     * A moment's posterior-predictive quantile over draws x replicates: every replicate value of
     * draw i weighs w_i / R, so run-to-run noise and parameter uncertainty both enter.
     */
    double predictive(int moment, double q) {
        int replicates = measured.get(0).values().length;
        double[] v = new double[draws.size() * replicates];
        double[] w = new double[v.length];
        for (int i = 0; i < draws.size(); i++) {
            double[] r = measured.get(i).replicates(moment);
            for (int k = 0; k < replicates; k++) {
                v[i * replicates + k] = r[k];
                w[i * replicates + k] = weights[i] / replicates;
            }
        }
        return PosteriorSummary.quantile(v, w, q);
    }

    /**
     * Parameter quantiles (5%, 50%, 95%) over the posterior, and the standardised regression
     * coefficients of the moment means on the parameters over every candidate with a finite
     * distance (the hypercube spreads them over the box, the compass and ABC add points near
     * the fit).
     */
    Identification identification(Targets targets, List<Search.Candidate> candidates) {
        List<String> names = List.copyOf(targets.parameters.keySet());
        double[][] quantiles = new double[names.size()][];
        for (int p = 0; p < names.size(); p++) {
            double[] v = values(names.get(p));
            quantiles[p] = new double[] {PosteriorSummary.quantile(v, weights, LOW),
                PosteriorSummary.quantile(v, weights, 0.5), PosteriorSummary.quantile(v, weights, HIGH)};
        }
        List<Search.Candidate> usable = candidates.stream().filter(c -> Double.isFinite(c.distance())).toList();
        double[][] x = usable.stream().map(c -> names.stream().mapToDouble(c.point()::get).toArray()).toArray(double[][]::new);
        double[][] y = usable.stream().map(c -> c.evaluation().means()).toArray(double[][]::new);
        return new Identification(names, quantiles, PosteriorSummary.standardisedCoefficients(x, y), usable.size());
    }

    /**
     * A sweep config that runs the posterior through the sweep machinery (sharding, Slurm,
     * merge): it extends the calibrated config and lists as many equally weighted draws as the
     * posterior has particles (systematic resampling of the weights), each with the replicates.
     */
    JsonObject sweep(Path config, Path dir, String name, long seed, int replicates) {
        JsonObject out = FittedConfig.of(config, dir, name, Map.of());
        JsonObject sweep = new JsonObject();
        sweep.addProperty("design", "list");
        sweep.addProperty("replicates", replicates);
        sweep.addProperty("seed", seed);
        JsonArray points = new JsonArray();
        for (int i : AbcSmc.systematic(weights, draws.size())) {
            JsonObject p = new JsonObject();
            draws.get(i).point().forEach((k, v) -> p.addProperty(k, v));
            points.add(p);
        }
        sweep.add("points", points);
        out.add("sweep", sweep);
        return out;
    }

    /** The pairwise plot (scatter matrix with weighted histograms on the diagonal) as a PNG. */
    void plot(Targets targets, Path file) throws IOException {
        List<String> names = List.copyOf(targets.parameters.keySet());
        double[][] sample = new double[draws.size()][];
        for (int i = 0; i < sample.length; i++) {
            Map<String, Double> point = draws.get(i).point();
            sample[i] = names.stream().mapToDouble(point::get).toArray();
        }
        double[] lo = names.stream().mapToDouble(p -> targets.parameters.get(p).from).toArray();
        double[] hi = names.stream().mapToDouble(p -> targets.parameters.get(p).to).toArray();
        plot(names, sample, weights, lo, hi, tolerance, file);
    }

    /**
     * Draws again the pairwise plot of a folder written by calibrate (`plot DIR --what posterior`),
     * from its posterior.csv and manifest.json; the axes are the prior box of the manifest's targets
     * file when it can be read (relative to the working directory, as calibrate recorded it), else
     * the range of the draws. IllegalArgumentException (one line) when the folder has no posterior.
     */
    public static void plot(Path dir, Path file) throws IOException {
        Stored stored = read(dir);
        List<String> names = stored.names();
        double[][] sample = stored.sample();
        double[] lo = new double[names.size()];
        double[] hi = new double[names.size()];
        JsonObject box = priorBox(Path.of(stored.manifest().get("targets").getAsString()));
        for (int p = 0; p < names.size(); p++) {
            JsonObject range = box == null ? null : box.getAsJsonObject(names.get(p));
            final int k = p;
            lo[p] = range != null ? range.get("from").getAsDouble() : Arrays.stream(sample).mapToDouble(r -> r[k]).min().orElse(0);
            hi[p] = range != null ? range.get("to").getAsDouble() : Arrays.stream(sample).mapToDouble(r -> r[k]).max().orElse(1);
        }
        JsonObject abc = stored.manifest().getAsJsonObject("posterior");
        plot(names, sample, stored.weights(), lo, hi,
                abc != null && abc.has("tolerance") ? abc.get("tolerance").getAsDouble() : Double.NaN, file);
    }

    private static void plot(List<String> names, double[][] sample, double[] weights, double[] lo, double[] hi,
            double tolerance, Path file) throws IOException {
        Charts.save(Charts.pairs("Posterior of the calibrated parameters", sample.length + " ABC particles, tolerance "
                + String.format(java.util.Locale.ROOT, "%.3g", tolerance) + "; axes: the prior box", names, sample, weights, lo, hi), file);
    }

    /** The targets file's parameter box, or null when the file cannot be read (moved, or another working directory). */
    private static JsonObject priorBox(Path targets) {
        try {
            return com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(targets)).getAsJsonObject()
                    .getAsJsonObject("parameters");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A calibrate folder's posterior as written: its manifest, the parameters' names, draws [draw][parameter], weights. */
    private record Stored(JsonObject manifest, List<String> names, double[][] sample, double[] weights) {
    }

    /**
     * Reads posterior.csv, its parameters named by manifest.json. IllegalArgumentException (one
     * line, naming the file) when the folder has no posterior or it has no draws.
     */
    private static Stored read(Path dir) throws IOException {
        Path csv = dir.resolve("posterior.csv");
        Path manifest = dir.resolve("manifest.json");
        if (!java.nio.file.Files.isRegularFile(csv) || !java.nio.file.Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException(dir + ": no posterior.csv and manifest.json (a folder written by calibrate)");
        }
        JsonObject m = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(manifest)).getAsJsonObject();
        JsonArray parameters = m.getAsJsonArray("parameters");
        if (parameters == null) {
            throw new IllegalArgumentException(manifest + ": no parameters (written by an older calibrate; recalibrate)");
        }
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.getAsString()));
        List<double[]> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        try (var reader = java.nio.file.Files.newBufferedReader(csv); var parser = CsvFormat.READ.parse(reader)) {
            for (var r : parser) {
                rows.add(names.stream().mapToDouble(p -> CsvFormat.parse(r.get(p))).toArray());
                weights.add(CsvFormat.parse(r.get("weight")));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(csv + ": no draws");
        }
        return new Stored(m, names, rows.toArray(double[][]::new), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * n equally weighted draws of the posterior a calibration wrote into dir (posterior.csv, its
     * parameters named by manifest.json), by systematic resampling of the weights: the same
     * folder and n always give the same draws, in the order of posterior.csv.
     * IllegalArgumentException (one line, naming the file) when the folder has no posterior.
     */
    public static List<Map<String, Double>> draws(Path dir, int n) throws IOException {
        Stored stored = read(dir);
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i : AbcSmc.systematic(stored.weights(), n)) {
            Map<String, Double> point = new LinkedHashMap<>();
            for (int p = 0; p < stored.names().size(); p++) {
                point.put(stored.names().get(p), stored.sample()[i][p]);
            }
            out.add(point);
        }
        return out;
    }
}
