package chatshare.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a unit test (its name does not end in Test, so `mvn verify` skips it): the measurement
 * behind docs/CALIBRATION.md's choice of the compass search over Commons Math's CMA-ES for the
 * point estimate. On the known-answer problem of CalibrateCommandTest (targets = the moments of
 * known prices, on the calibration's own seeds), both start from the same Latin hypercube and
 * get the same number of evaluated points after it; it prints each one's best distance and
 * distance to the true values. Run with
 * {@code mvn -B -q test -Dtest=CmaesVersusCompassExperiment -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CmaesVersusCompassExperiment {
    @TempDir
    Path tmp;

    @Test
    void compare() throws Exception {
        Path config = tmp.resolve("small.json");
        Files.writeString(config, """
                {
                  "name": "small",
                  "market": { "seed": 7, "ticks": 12, "start": "2025-01-06" },
                  "users": { "agents": 20000, "population": 1.0e6,
                    "regions": { "US": { "share": 0.4 }, "EU": { "share": 0.6 } } },
                  "firms": {
                    "grok": { "price": 8, "filtering": 0.2, "initialAwareness": 0.3 },
                    "chatgpt": { "price": 20, "filtering": 0.7, "quality": 3.5, "initialAwareness": 0.6 },
                    "claude": { "price": 20, "filtering": 0.85, "regions": ["US"] }
                  },
                  "platforms": { "x": { "members": { "US": 0.3, "EU": 0.1 },
                    "bundles": [ { "firm": "grok", "bonus": 0.8, "price": "free" } ] } },
                  "events": [ { "type": "funding", "firm": "grok", "date": "2025-01-20", "amount": 2.0e10, "kind": "debt" } ]
                }
                """);
        double[] truth = {12, 26};
        for (long seed : new long[] {7, 8, 9}) {
            String w = "\"from\": \"2025-01-06\", \"to\": \"2025-03-30\"";
            String moments = """
                    { "name": "grok-paid", "firm": "grok", "column": "paidUsers", %s, "target": %s },
                    { "name": "grok-share", "firm": "grok", "column": "shareOfAdopters", %s, "target": %s },
                    { "name": "chatgpt-paid", "firm": "chatgpt", "column": "paidUsers", %s, "target": %s }""";
            Path probe = tmp.resolve("probe.json");
            Files.writeString(probe, "{ \"moments\": [" + moments.formatted(w, 1, w, 1, w, 1) + "] }");
            List<String> sets = List.of("market.seed=" + seed);
            Targets p = Targets.load(probe, config, sets, false);
            long[] seeds = Evaluator.seeds(seed, 3);
            double[] m;
            try (Evaluator e = new Evaluator(config, sets, p.moments, seeds, 2, n -> { })) {
                m = e.evaluate(List.of(Map.of("firms.grok.price", truth[0], "firms.chatgpt.price", truth[1]))).get(0).means();
            }
            Path targetsFile = tmp.resolve("t.json");
            Files.writeString(targetsFile, "{ \"moments\": [" + moments.formatted(w, m[0], w, m[1], w, m[2])
                    + "], \"parameters\": { \"firms.grok.price\": { \"from\": 4, \"to\": 30 }, "
                    + "\"firms.chatgpt.price\": { \"from\": 5, \"to\": 45 } } }");
            Targets targets = Targets.load(targetsFile, config, sets);
            try (Evaluator e = new Evaluator(config, sets, targets.moments, seeds, 2, n -> { })) {
                Search compass = new Search(targets, e);
                Search.Candidate best = compass.run(12, 10, seed);
                int after = compass.candidates().size() - 12;
                report("compass", seed, best.distance(), best.point(), truth, after);

                Search lhsOnly = new Search(targets, e);
                Search.Candidate start = lhsOnly.run(12, 0, seed);
                List<String> names = List.copyOf(targets.parameters.keySet());
                double[] lo = {4, 5};
                double[] hi = {30, 45};
                double[] bestSeen = {Double.POSITIVE_INFINITY};
                List<Map<String, Double>> bestPoint = new ArrayList<>(List.of(start.point()));
                int[] evaluations = {0};
                CMAESOptimizer cmaes = new CMAESOptimizer(1000, 0, true, 0, 0, new MersenneTwister(seed), false, null);
                try {
                    cmaes.optimize(new MaxEval(after), GoalType.MINIMIZE, new InitialGuess(new double[] {
                        start.point().get(names.get(0)), start.point().get(names.get(1))}), new SimpleBounds(lo, hi),
                            new CMAESOptimizer.Sigma(new double[] {(hi[0] - lo[0]) / 4, (hi[1] - lo[1]) / 4}),
                            new CMAESOptimizer.PopulationSize(6), new ObjectiveFunction(x -> {
                                Map<String, Double> point = new LinkedHashMap<>();
                                for (int k = 0; k < x.length; k++) {
                                    point.put(names.get(k), compass.snap(names.get(k), x[k]));
                                }
                                evaluations[0]++;
                                try {
                                    double d = Moment.distance(targets.moments, e.evaluate(List.of(point)).get(0).means());
                                    if (d < bestSeen[0]) {
                                        bestSeen[0] = d;
                                        bestPoint.set(0, point);
                                    }
                                    return d;
                                } catch (InterruptedException ex) {
                                    throw new IllegalStateException(ex);
                                }
                            }));
                } catch (org.apache.commons.math3.exception.TooManyEvaluationsException done) {
                    // the budget of the compass search is spent: compare the best seen
                }
                double d = Math.min(bestSeen[0], start.distance());
                report("cma-es", seed, d, d == start.distance() ? start.point() : bestPoint.get(0), truth, evaluations[0]);
            }
        }
    }

    private static void report(String method, long seed, double distance, Map<String, Double> point, double[] truth,
            int evaluations) {
        double error = Math.hypot((point.get("firms.grok.price") - truth[0]) / 26,
                (point.get("firms.chatgpt.price") - truth[1]) / 40);
        System.err.printf(Locale.ROOT, "%s seed %d: %d points after the hypercube, best distance %.5f, "
                + "error %.4f of the ranges (%s)%n", method, seed, evaluations, distance, error, point);
    }
}
