package chatshare.calibration;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.model.Market;
import chatshare.model.RunLoop;
import chatshare.model.Streams;
import chatshare.output.CsvFormat;
import chatshare.output.RunLabel;
import chatshare.output.TablesInMemory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Measures the moments of parameter points: each point runs on the same replicate seeds (common
 * random numbers), every run single-threaded on a pool of workers, its firms.csv and market.csv
 * rows kept in memory. Results are placed by (point, replicate), so they never depend on the
 * pool size or on which run finishes first.
 */
public final class Evaluator implements AutoCloseable {
    /** One evaluated point: the moments of each replicate ([replicate][moment]). */
    public record Evaluation(Map<String, Double> point, double[][] values) {
        /** Each moment's mean over the replicates (as in moments.csv). */
        public double[] means() {
            double[] means = new double[values[0].length];
            for (int k = 0; k < means.length; k++) {
                means[k] = org.apache.commons.statistics.descriptive.Mean.of(replicates(k)).getAsDouble();
            }
            return means;
        }

        /** One moment's value in each replicate. */
        public double[] replicates(int moment) {
            double[] v = new double[values.length];
            for (int r = 0; r < values.length; r++) {
                v[r] = values[r][moment];
            }
            return v;
        }
    }

    private final Path config;
    private final List<String> sets;
    private final List<Moment> moments;
    private final long[] seeds;
    private final ExecutorService pool;
    private final AtomicInteger runsDone = new AtomicInteger();
    private final IntConsumer progress;

    /**
     * @param sets     --set overrides of every run
     * @param seeds    the replicate seeds, the same for every point
     * @param threads  runs in parallel (each run is single-threaded)
     * @param progress called with the number of runs done so far
     */
    public Evaluator(Path config, List<String> sets, List<Moment> moments, long[] seeds, int threads,
            IntConsumer progress) {
        this.config = config;
        this.sets = List.copyOf(sets);
        this.moments = moments;
        this.seeds = seeds.clone();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
        this.progress = progress;
    }

    /** R replicate seeds from a master seed (SplitMix64 mixes, non-negative). */
    public static long[] seeds(long master, int replicates) {
        long[] seeds = new long[replicates];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = Streams.derive(master, Streams.CALIBRATION_REPLICATES, r) >>> 1;
        }
        return seeds;
    }

    public long[] seeds() {
        return seeds.clone();
    }

    /** Evaluates the points in parallel, every moment measured; the list is in the order of the points. */
    public List<Evaluation> evaluate(List<Map<String, Double>> points) throws InterruptedException {
        return evaluate(points, true);
    }

    /**
     * Evaluates the points in parallel; the list is in the order of the points. Without
     * unweightedProbes, a probing moment of weight 0 (which cannot change the distance but costs
     * a best-response search a run) is left unmeasured (NaN): the search skips it and measures
     * it only where it is reported (the best point, the posterior draws). The probe leaves the
     * run unchanged, so every other moment is the same either way.
     */
    public List<Evaluation> evaluate(List<Map<String, Double>> points, boolean unweightedProbes)
            throws InterruptedException {
        List<List<Future<double[]>>> futures = new ArrayList<>();
        for (Map<String, Double> point : points) {
            List<Future<double[]>> replicates = new ArrayList<>();
            for (int r = 0; r < seeds.length; r++) {
                int replicate = r;
                replicates.add(pool.submit(() -> measure(point, replicate, unweightedProbes)));
            }
            futures.add(replicates);
        }
        List<Evaluation> evaluations = new ArrayList<>();
        try {
            for (int p = 0; p < points.size(); p++) {
                double[][] values = new double[seeds.length][];
                for (int r = 0; r < seeds.length; r++) {
                    values[r] = futures.get(p).get(r).get();
                }
                evaluations.add(new Evaluation(points.get(p), values));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        return evaluations;
    }

    /** The --set overrides of one run of a point: the base sets, the point's values, the replicate's seed. */
    public List<String> overrides(Map<String, Double> point, int replicate) {
        List<String> all = new ArrayList<>(sets);
        point.forEach((path, v) -> all.add(path + "=" + CsvFormat.number(v)));
        all.add("market.seed=" + seeds[replicate]);
        all.add("market.threads=1");
        return all;
    }

    /** Whether a moment is measured in a run: all are, except unweighted probes when they are skipped. */
    private static boolean measured(Moment m, boolean unweightedProbes) {
        return unweightedProbes || !(m.probesMarket() && m.spec.weight == 0);
    }

    private double[] measure(Map<String, Double> point, int replicate, boolean unweightedProbes) {
        ConfigLoader.LoadedConfig loaded;
        try {
            loaded = ConfigLoader.load(config, overrides(point, replicate));
        } catch (chatshare.config.ConfigException e) {
            // A point the config refuses (e.g. two keys out of order) cannot be measured: infinitely far.
            progress.accept(runsDone.incrementAndGet());
            double[] none = new double[moments.size()];
            java.util.Arrays.fill(none, Double.NaN);
            return none;
        }
        ExperimentConfig c = loaded.config();
        boolean segments = moments.stream().anyMatch(Moment::readsSegments);
        TablesInMemory tables = new TablesInMemory(new RunLabel(loaded.name(), replicate, c.market.seed), segments);
        Market market = new Market(c, c.market.seed, 1);
        market.addObserver(tables);
        Map<String, Double> probes = new java.util.HashMap<>();
        if (moments.stream().anyMatch(m -> m.probesMarket() && measured(m, unweightedProbes))) {
            market.addObserver(m -> {
                java.time.LocalDate week = m.date(m.tick());
                for (Moment moment : moments) {
                    if (moment.probesWeek(week) && measured(moment, unweightedProbes)) {
                        probes.put(moment.name(), moment.probe(m));
                    }
                }
            });
        }
        market.start();
        try {
            RunLoop.toEnd(market, t -> { });
        } finally {
            market.finish();
        }
        Map<String, List<org.apache.commons.csv.CSVRecord>> rows = new java.util.HashMap<>(Map.of("firms",
                tables.rows("firms"), "market", tables.rows("market")));
        if (segments) {
            rows.put("segments", tables.rows("segments"));
        }
        double[] values = new double[moments.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = measured(moments.get(k), unweightedProbes) ? moments.get(k).measure(rows, probes) : Double.NaN;
        }
        progress.accept(runsDone.incrementAndGet());
        return values;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
