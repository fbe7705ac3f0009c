package chatshare.experiment;

import chatshare.config.ConfigException;
import chatshare.config.SweepConfig;
import chatshare.config.SweepParameterConfig;
import chatshare.output.CsvFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import chatshare.model.Streams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * The design points of a sweep: maps from parameter path to value, in a fixed order. Random
 * designs draw from a stream of the sweep's master seed, so the points never depend on threads.
 */
public final class Design {
    private Design() {
    }

    public static List<Map<String, Double>> points(SweepConfig s, String source) {
        requireWithinLimit(s, source);
        return switch (s.design) {
            case "grid" -> grid(s, source);
            case "list" -> s.points.isEmpty() ? fail(source, "sweep.points", "the list design needs points")
                    : s.points.stream().map(p -> (Map<String, Double>) new LinkedHashMap<>(p)).toList();
            case "random" -> sampled(s, source, false);
            case "latinHypercube" -> sampled(s, source, true);
            case "morris" -> morris(s, source);
            case "saltelli" -> saltelli(s, source);
            default -> throw new IllegalStateException(s.design);
        };
    }

    /** Full factorial; the first parameter varies slowest. */
    private static List<Map<String, Double>> grid(SweepConfig s, String source) {
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, SweepParameterConfig> e : s.parameters.entrySet()) {
            List<Double> values = values(e.getValue(), source, "sweep.parameters." + e.getKey());
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> point : points) {
                for (double v : values) {
                    Map<String, Double> p = new LinkedHashMap<>(point);
                    p.put(e.getKey(), v);
                    next.add(p);
                }
            }
            points = next;
        }
        return s.parameters.isEmpty() ? List.of(Map.of()) : points;
    }

    /**
     * Counts the runs before any point is built, so a huge plan fails at once (in validate and
     * --dry-run too) instead of filling the memory; the message names the key to change.
     */
    static void requireWithinLimit(SweepConfig s, String source) {
        double points;
        String key;
        int k = s.parameters.size();
        switch (s.design) {
            case "grid" -> {
                points = 1;
                key = "sweep.parameters";
                double most = 0;
                for (Map.Entry<String, SweepParameterConfig> e : s.parameters.entrySet()) {
                    double n = gridValues(e.getValue(), source, "sweep.parameters." + e.getKey());
                    points *= n;
                    if (n > most) {
                        most = n;
                        key = "sweep.parameters." + e.getKey();
                    }
                }
            }
            case "list" -> {
                points = s.points.size();
                key = "sweep.points";
            }
            case "morris" -> {
                points = (double) s.samples * (k + 1);
                key = "sweep.samples";
            }
            case "saltelli" -> {
                points = (double) s.samples * (k + 2);
                key = "sweep.samples";
            }
            default -> {
                points = s.samples;
                key = "sweep.samples";
            }
        }
        double runs = points * s.replicates.max;
        if (runs > SweepConfig.MAX_RUNS) {
            if (points <= SweepConfig.MAX_RUNS) {
                key = "sweep.replicates";
            }
            fail(source, key, "the sweep plans " + CsvFormat.number(runs) + " runs (" + CsvFormat.number(points) + " points x "
                    + s.replicates.max + " replicates), more than the limit of " + SweepConfig.MAX_RUNS
                    + "; use fewer points or replicates, or split the study into several sweeps");
        }
    }

    /** How many values a grid parameter takes, counted without listing them. */
    private static double gridValues(SweepParameterConfig p, String source, String path) {
        if (!p.values.isEmpty()) {
            return p.values.size();
        }
        if (p.from == null || p.to == null || p.step == null || p.step <= 0 || p.to < p.from) {
            return fail(source, path, "give values, or from <= to with a positive step");
        }
        return Math.floor((p.to - p.from) / p.step + 1e-9) + 1;
    }

    private static List<Double> values(SweepParameterConfig p, String source, String path) {
        if (!p.values.isEmpty()) {
            return p.values;
        }
        gridValues(p, source, path);
        List<Double> values = new ArrayList<>();
        long n = Math.round(Math.floor((p.to - p.from) / p.step + 1e-9));
        for (long k = 0; k <= n; k++) {
            // In decimal, so that 0.1 + 2 x 0.2 is the 0.3 the user wrote, not 0.30000000000000004.
            values.add(round(p, java.math.BigDecimal.valueOf(p.from)
                    .add(java.math.BigDecimal.valueOf(p.step).multiply(java.math.BigDecimal.valueOf(k))).doubleValue()));
        }
        return values;
    }

    /** Uniform random or Latin hypercube samples (one value per stratum of each parameter). */
    private static List<Map<String, Double>> sampled(SweepConfig s, String source, boolean latin) {
        UniformRandomProvider rng = Streams.experiment(s.seed, Streams.RANDOM_DESIGN);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int k = 0; k < s.samples; k++) {
            points.add(new LinkedHashMap<>());
        }
        for (Map.Entry<String, SweepParameterConfig> e : s.parameters.entrySet()) {
            SweepParameterConfig p = e.getValue();
            if (p.from == null || p.to == null || p.to < p.from) {
                fail(source, "sweep.parameters." + e.getKey(), "random and latinHypercube need from <= to");
            }
            int[] strata = latin ? PermutationSampler.natural(s.samples) : null;
            if (latin) {
                PermutationSampler.shuffle(rng, strata);
            }
            for (int k = 0; k < s.samples; k++) {
                double u = latin ? (strata[k] + rng.nextDouble()) / s.samples : rng.nextDouble();
                points.get(k).put(e.getKey(), round(p, p.from + u * (p.to - p.from)));
            }
        }
        return points;
    }

    /**
     * Morris elementary-effects trajectories: each of `samples` trajectories starts at a random
     * point of a `levels`-level grid on [from, to] and moves one parameter at a time, in random
     * order, by delta = levels / (2 (levels - 1)) of the range (up, or down when up would leave
     * the range), giving parameters + 1 points per trajectory.
     */
    private static List<Map<String, Double>> morris(SweepConfig s, String source) {
        List<String> names = new ArrayList<>(s.parameters.keySet());
        for (String name : names) {
            SweepParameterConfig p = s.parameters.get(name);
            if (p.from == null || p.to == null || p.to <= p.from) {
                fail(source, "sweep.parameters." + name, "morris needs from < to");
            }
        }
        UniformRandomProvider rng = Streams.experiment(s.seed, Streams.MORRIS_DESIGN);
        int levels = s.levels;
        double delta = levels / (2.0 * (levels - 1));
        List<Map<String, Double>> points = new ArrayList<>();
        for (int t = 0; t < s.samples; t++) {
            double[] x = new double[names.size()];
            for (int k = 0; k < x.length; k++) {
                x[k] = rng.nextInt(levels) / (double) (levels - 1);
            }
            points.add(scaled(s, names, x));
            int[] order = PermutationSampler.natural(x.length);
            PermutationSampler.shuffle(rng, order);
            for (int k : order) {
                x[k] = x[k] + delta <= 1 + 1e-12 ? x[k] + delta : x[k] - delta;
                points.add(scaled(s, names, x));
            }
        }
        return points;
    }

    /**
     * Saltelli's sampling for Sobol indices: for each of `samples` base samples j, the block A_j,
     * B_j, AB_j^(1), ..., AB_j^(k), where A and B are independent uniform points of the
     * [from, to] box and AB^(i) is A with parameter i (in `parameters` order) taken from B; so
     * samples (parameters + 2) points. Plain pseudo-random rather than a Sobol sequence (Commons
     * RNG has none): the base samples are then independent, which the bootstrap intervals assume.
     */
    private static List<Map<String, Double>> saltelli(SweepConfig s, String source) {
        if (s.samples < 2) {
            fail(source, "sweep.samples", "saltelli needs at least 2 base samples (Sobol indices need a variance)");
        }
        List<String> names = new ArrayList<>(s.parameters.keySet());
        for (String name : names) {
            SweepParameterConfig p = s.parameters.get(name);
            if (p.from == null || p.to == null || p.to <= p.from) {
                fail(source, "sweep.parameters." + name, "saltelli needs from < to");
            }
        }
        UniformRandomProvider rng = Streams.experiment(s.seed, Streams.SALTELLI_DESIGN);
        int k = names.size();
        List<Map<String, Double>> points = new ArrayList<>(s.samples * (k + 2));
        for (int j = 0; j < s.samples; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = rng.nextDouble();
            }
            for (int i = 0; i < k; i++) {
                b[i] = rng.nextDouble();
            }
            points.add(scaled(s, names, a));
            points.add(scaled(s, names, b));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(scaled(s, names, ab));
            }
        }
        return points;
    }

    private static Map<String, Double> scaled(SweepConfig s, List<String> names, double[] unit) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (int k = 0; k < unit.length; k++) {
            SweepParameterConfig p = s.parameters.get(names.get(k));
            point.put(names.get(k), round(p, p.from + unit[k] * (p.to - p.from)));
        }
        return point;
    }

    private static double round(SweepParameterConfig p, double v) {
        return p.integer ? Math.rint(v) : v;
    }

    private static <T> T fail(String source, String path, String problem) {
        throw ConfigException.at(source, path, problem);
    }
}
