package chatshare.calibration;

import chatshare.config.SweepConfig;
import chatshare.config.SweepParameterConfig;
import chatshare.experiment.Design;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The calibration search, deterministic given the seed: a Latin hypercube of {@code budget}
 * points over the parameter box ({@link Design}), then a compass search from the best of them.
 * Each round of the compass search evaluates, for every parameter, the current point moved by
 * plus and minus that parameter's step (clamped to its range); it moves to the best of these if
 * it lowers the distance. The parameter of that move doubles its step (up to a quarter of its
 * range) and every parameter neither of whose moves lowered the distance halves its step, so a
 * parameter that still helps strides on while the others look closer. Steps start at a quarter
 * of each range. A point already evaluated is never run again. Values are rounded to 1/10 000 of
 * their range's order of magnitude, so that fitted.json repeats the best point exactly.
 */
public final class Search {
    /** An evaluated point, numbered in evaluation order; phase is "lhs" or "round N". */
    public record Candidate(int index, String phase, Evaluator.Evaluation evaluation, double distance) {
        public Map<String, Double> point() {
            return evaluation.point();
        }
    }

    private final Targets targets;
    private final Evaluator evaluator;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Map<String, Double>, Candidate> byPoint = new HashMap<>();
    /** The Latin hypercube's candidates: a sample of the uniform prior on the box, for ABC. */
    private List<Candidate> lhs = List.of();

    /** The ABC posterior: its particles (candidates) with their normalised weights, and the final tolerance. */
    public record Posterior(List<Candidate> draws, double[] weights, double tolerance) {
    }

    public Search(Targets targets, Evaluator evaluator) {
        this.targets = targets;
        this.evaluator = evaluator;
    }

    /** Runs the search; returns the best candidate (the lowest distance, the earliest on ties). */
    public Candidate run(int budget, int rounds, long seed) throws InterruptedException {
        lhs = evaluate(latinHypercube(budget, seed), "lhs");
        Candidate best = lowest(lhs);
        Map<String, Double> step = new LinkedHashMap<>();
        targets.parameters.forEach((p, r) -> step.put(p, (r.to - r.from) / 4));
        for (int round = 1; round <= rounds; round++) {
            Map<String, List<Map<String, Double>>> moves = new LinkedHashMap<>();
            List<Map<String, Double>> around = new ArrayList<>();
            for (String p : targets.parameters.keySet()) {
                moves.put(p, new ArrayList<>());
                for (int sign : new int[] {1, -1}) {
                    Map<String, Double> moved = new LinkedHashMap<>(best.point());
                    moved.put(p, snap(p, best.point().get(p) + sign * step.get(p)));
                    if (!moved.equals(best.point())) {
                        moves.get(p).add(moved);
                        around.add(moved);
                    }
                }
            }
            Candidate next = lowest(evaluate(around, "round " + round));
            for (String p : moves.keySet()) {
                Candidate own = lowest(moves.get(p).stream().map(byPoint::get).toList());
                if (own == null || own.distance() >= best.distance()) {
                    step.put(p, step.get(p) / 2); // neither move of p helps: look closer along p
                } else if (own == next) {
                    ParameterRangeConfig r = targets.parameters.get(p);
                    step.put(p, Math.min(2 * step.get(p), (r.to - r.from) / 4)); // the move taken: stride on
                }
            }
            if (next != null && next.distance() < best.distance()) {
                best = next;
            }
        }
        return best;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** The candidate of the lowest distance among all evaluated (the earliest on ties). */
    public Candidate best() {
        return lowest(candidates);
    }

    /**
     * ABC posterior after {@link #run}: rejection on the Latin hypercube (keep its keep best
     * points), then generations of ABC-SMC ({@link AbcSmc}) of `particles` proposals each, drawn
     * from a stream of the seed; the new candidates join candidates.csv as phase "abc G".
     */
    public Posterior posterior(int keep, int generations, int particles, long seed) throws InterruptedException {
        List<String> names = List.copyOf(targets.parameters.keySet());
        double[] lo = names.stream().mapToDouble(p -> targets.parameters.get(p).from).toArray();
        double[] hi = names.stream().mapToDouble(p -> targets.parameters.get(p).to).toArray();
        AbcSmc abc = new AbcSmc(lo, hi, theta -> toArray(names, snapped(names, theta)));
        List<double[]> prior = lhs.stream().map(c -> toArray(names, c.point())).toList();
        double[] priorDistances = lhs.stream().mapToDouble(Candidate::distance).toArray();
        int[] generation = {0};
        UniformRandomProvider rng = chatshare.model.Streams.experiment(seed, chatshare.model.Streams.ABC);
        AbcSmc.Population population = abc.run(prior, priorDistances, keep, generations, particles, rng, thetas -> {
            generation[0]++;
            List<Map<String, Double>> points = thetas.stream().map(t -> snapped(names, t)).toList();
            return evaluate(points, "abc " + generation[0]).stream().mapToDouble(Candidate::distance).toArray();
        });
        List<Candidate> draws = new ArrayList<>();
        for (double[] theta : population.thetas()) {
            draws.add(byPoint.get(snapped(names, theta)));
        }
        return new Posterior(draws, population.weights(), population.tolerance());
    }

    private Map<String, Double> snapped(List<String> names, double[] theta) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (int p = 0; p < names.size(); p++) {
            point.put(names.get(p), snap(names.get(p), theta[p]));
        }
        return point;
    }

    private static double[] toArray(List<String> names, Map<String, Double> point) {
        return names.stream().mapToDouble(point::get).toArray();
    }

    private List<Map<String, Double>> latinHypercube(int budget, long seed) {
        SweepConfig design = new SweepConfig();
        design.design = "latinHypercube";
        design.samples = budget;
        design.seed = seed;
        targets.parameters.forEach((path, r) -> {
            SweepParameterConfig p = new SweepParameterConfig();
            p.from = r.from;
            p.to = r.to;
            design.parameters.put(path, p);
        });
        List<Map<String, Double>> points = new ArrayList<>();
        for (Map<String, Double> point : Design.points(design, targets.file.toString())) {
            Map<String, Double> rounded = new LinkedHashMap<>();
            point.forEach((p, v) -> rounded.put(p, snap(p, v)));
            points.add(rounded);
        }
        return points;
    }

    /** The candidates of these points: new points are evaluated together, known ones reused. */
    private List<Candidate> evaluate(List<Map<String, Double>> points, String phase) throws InterruptedException {
        List<Map<String, Double>> fresh = new ArrayList<>();
        for (Map<String, Double> p : points) {
            if (!byPoint.containsKey(p) && !fresh.contains(p)) {
                fresh.add(p);
            }
        }
        for (Evaluator.Evaluation e : evaluator.evaluate(fresh, false)) { // unweighted probes: only where reported
            Candidate c = new Candidate(candidates.size(), phase, e, Moment.distance(targets.moments, e.means()));
            candidates.add(c);
            byPoint.put(e.point(), c);
        }
        return points.stream().map(byPoint::get).toList();
    }

    private static Candidate lowest(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.distance() < best.distance()
                    || c.distance() == best.distance() && c.index() < best.index()) {
                best = c;
            }
        }
        return best;
    }

    /** Clamped to the range and rounded to 10^(floor(log10(range)) - 4). */
    double snap(String parameter, double v) {
        ParameterRangeConfig r = targets.parameters.get(parameter);
        int digits = 4 - (int) Math.floor(Math.log10(r.to - r.from));
        double rounded = BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return Math.max(r.from, Math.min(r.to, rounded));
    }
}
