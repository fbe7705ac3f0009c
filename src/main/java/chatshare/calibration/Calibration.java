package chatshare.calibration;

import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code calibrate} and {@code moments}: the search for the parameter values whose moments come
 * closest to the targets, and the measurement of one config's moments, with their files.
 * Everything random derives from the config's market.seed: the replicate seeds (the same for
 * every candidate) and the Latin hypercube.
 */
public final class Calibration {
    /**
     * Budget (Latin hypercube points), replicates per point, compass rounds, runs in parallel;
     * the ABC posterior: the share of the hypercube accepted (which sets the posterior size), the
     * ABC-SMC generations and the proposals of each.
     */
    public record Settings(int budget, int replicates, int rounds, int threads, double accept, int generations,
            int particles) {
        /** Particles of the posterior: the accepted share of the hypercube, at least 2. */
        public int posteriorSize() {
            return Math.max(2, (int) Math.round(accept * budget));
        }
    }

    /** What a calibration found: the best candidate (measured with every moment) and the posterior. */
    public record Outcome(String name, Targets targets, Search.Candidate best, int candidates, double seconds,
            Posterior posterior) {
    }

    /** The pairwise plot of the posterior, written beside the calibration's files. */
    public static final String POSTERIOR_PLOT = "posterior-pairs.png";

    private Calibration() {
    }

    /** Upper bound of the runs of a calibration (for progress): points of the design and of every round. */
    public static int plannedRuns(Targets targets, Settings s) {
        int points = s.budget() + s.rounds() * 2 * targets.parameters.size() + s.generations() * s.particles();
        int reported = reportsUnmeasured(targets) ? 1 + s.posteriorSize() : 0;
        return (points + reported) * s.replicates();
    }

    /** Whether the search leaves moments unmeasured (unweighted probes) that the reports then measure. */
    private static boolean reportsUnmeasured(Targets targets) {
        return targets.moments.stream().anyMatch(m -> m.probesMarket() && m.spec.weight == 0);
    }

    /**
     * Searches the targets' parameter box and writes candidates.csv, moments.csv (the best
     * candidate), fitted.json and manifest.json into dir.
     */
    public static Outcome calibrate(Path config, Targets targets, List<String> sets, Path dir, Settings s,
            IntConsumer runsDone) throws IOException, InterruptedException {
        if (targets.parameters.isEmpty()) {
            throw ConfigException.at(targets.file.toString(), "parameters", "calibrate needs at least one parameter");
        }
        long started = System.nanoTime();
        ConfigLoader.LoadedConfig loaded = targets.base;
        long seed = loaded.config().market.seed;
        Search.Candidate best;
        Search search;
        Posterior posterior;
        try (Evaluator evaluator = new Evaluator(config, sets, targets.moments, Evaluator.seeds(seed, s.replicates()),
                s.threads(), runsDone)) {
            search = new Search(targets, evaluator);
            search.run(s.budget(), s.rounds(), seed);
            posterior = null;
            // the posterior starts from the hypercube (the prior sample): without a measured point there, reported below
            boolean priorMeasured = search.candidates().stream()
                    .anyMatch(c -> c.phase().equals("lhs") && Double.isFinite(c.distance()));
            if (priorMeasured) {
                Search.Posterior abc = search.posterior(s.posteriorSize(), s.generations(), s.particles(), seed);
                posterior = Posterior.measured(abc, search.best(), evaluator, reportsUnmeasured(targets));
            }
            best = search.best(); // the compass's best, or an ABC particle that came closer
            if (posterior != null) {
                best = new Search.Candidate(best.index(), best.phase(), posterior.best(), best.distance());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (CalibrationFiles files = new CalibrationFiles(dir)) {
            files.candidates(search.candidates(), targets);
            if (!Double.isFinite(best.distance())) {
                double[] means = best.evaluation().means();
                List<String> empty = new java.util.ArrayList<>();
                for (int k = 0; k < means.length; k++) {
                    if (Double.isNaN(means[k])) {
                        empty.add(targets.moments.get(k).spec.name);
                    }
                }
                Path failed = files.keepFailedCandidates();
                throw new IllegalStateException("no candidate could be measured (moments without a value: "
                        + String.join(", ", empty) + "; empty cells or points the config refuses); see "
                        + failed + " (the folder's earlier files are unchanged)");
            }
            if (posterior == null) {
                Path failed = files.keepFailedCandidates();
                throw new IllegalStateException("no point of the Latin hypercube could be measured, so there is no "
                        + "prior sample for the posterior (raise --budget or narrow the box); see " + failed
                        + " (the folder's earlier files are unchanged)");
            }
            files.moments(best.evaluation(), targets);
            files.json("fitted.json", FittedConfig.of(config, dir, loaded.name() + "-calibrated", best.point()));
            files.posterior(posterior, targets);
            files.predictive(posterior, targets);
            files.identification(posterior.identification(targets, search.candidates()), targets);
            files.json("posterior-sweep.json", posterior.sweep(config, dir, loaded.name() + "-posterior", seed,
                    s.replicates()));
            JsonObject manifest = settings("calibrate", config, targets, sets, seed, s.replicates(), s.threads());
            manifest.addProperty("budget", s.budget());
            manifest.addProperty("rounds", s.rounds());
            manifest.addProperty("candidates", search.candidates().size());
            manifest.addProperty("runs", (search.candidates().size() + posterior.remeasured()) * s.replicates());
            manifest.addProperty("remeasured", posterior.remeasured()); // points run again for the unweighted probes
            manifest.addProperty("seconds", Math.round(seconds * 10) / 10.0);
            JsonObject b = new JsonObject();
            b.addProperty("candidate", best.index());
            b.addProperty("phase", best.phase());
            b.addProperty("distance", best.distance());
            b.add("values", CalibrationFiles.JSON.toJsonTree(best.point()));
            manifest.add("best", b);
            manifest.add("parameters", CalibrationFiles.JSON.toJsonTree(List.copyOf(targets.parameters.keySet())));
            JsonObject abc = new JsonObject();
            abc.addProperty("accept", s.accept());
            abc.addProperty("generations", s.generations());
            abc.addProperty("particles", s.particles());
            abc.addProperty("size", posterior.draws().size());
            abc.addProperty("tolerance", posterior.tolerance());
            abc.addProperty("effectiveSize", Math.round(PosteriorSummary.effectiveSize(posterior.weights()) * 100) / 100.0);
            manifest.add("posterior", abc);
            files.manifest(manifest);
        }
        // The picture after the data: drawn from posterior.csv's numbers, replaced atomically on its own.
        posterior.plot(targets, dir.resolve(POSTERIOR_PLOT));
        return new Outcome(loaded.name(), targets, best, search.candidates().size(), seconds, posterior);
    }

    /** Measures the config's moments on the replicate seeds and writes moments.csv and manifest.json into dir. */
    public static Evaluator.Evaluation measure(Path config, Targets targets, List<String> sets, Path dir, int replicates,
            int threads, IntConsumer runsDone) throws IOException, InterruptedException {
        long seed = targets.base.config().market.seed;
        Evaluator.Evaluation e;
        try (Evaluator evaluator = new Evaluator(config, sets, targets.moments, Evaluator.seeds(seed, replicates), threads,
                runsDone)) {
            e = evaluator.evaluate(List.of(java.util.Map.of())).get(0);
        }
        try (CalibrationFiles files = new CalibrationFiles(dir)) {
            files.moments(e, targets);
            files.manifest(settings("moments", config, targets, sets, seed, replicates, threads));
        }
        return e;
    }

    private static JsonObject settings(String command, Path config, Targets targets, List<String> sets, long seed,
            int replicates, int threads) {
        JsonObject m = new JsonObject();
        m.addProperty("command", command);
        m.addProperty("config", config.toString());
        m.addProperty("targets", targets.file.toString());
        m.add("sets", CalibrationFiles.JSON.toJsonTree(sets));
        m.addProperty("seed", seed);
        m.addProperty("replicates", replicates);
        m.add("replicateSeeds", CalibrationFiles.JSON.toJsonTree(Evaluator.seeds(seed, replicates)));
        m.addProperty("threads", threads);
        return m;
    }
}
