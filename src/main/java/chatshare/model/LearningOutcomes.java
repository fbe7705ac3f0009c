package chatshare.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a learning run ended with (Calvano et al. 2020, sections II-IV), from the qLearning
 * firms' greedy strategies: the limit path (greedy play from the last state until it cycles;
 * prices and profits averaged over the cycle; profits from the one-shot expected demand the
 * benchmarks use), the profit gain Delta = (pi - piN) / (piM - piN), the same over the prices and
 * profits actually realised in the last REALISED_WINDOW decisions, and the impulse response:
 * from the cycle, the first learner deviates for one period to its one-shot best response on the
 * grid (one grid step down if that is no cut), then every learner plays greedy again.
 */
public final class LearningOutcomes {
    /** Decisions at the end of a run over which realised prices and profits are averaged. */
    public static final int REALISED_WINDOW = 1000;

    /** Periods after the deviation that the impulse response follows. */
    public static final int IMPULSE_PERIODS = 15;

    public record FirmOutcome(String firm, boolean converged, long decisions, long stableFor, double nashPrice,
            double monopolyPrice, double nashProfit, double monopolyProfit, int cycleLength, double price,
            double profit, double delta, double realisedPrice, double realisedProfit, double realisedDelta) {
    }

    /** Period 0 is the last period before the deviation, 1 the deviation. */
    public record ImpulsePoint(int period, String firm, double price, double profit, double delta) {
    }

    public final List<FirmOutcome> firms;
    public final List<ImpulsePoint> impulse;

    private LearningOutcomes(List<FirmOutcome> firms, List<ImpulsePoint> impulse) {
        this.firms = firms;
        this.impulse = impulse;
    }

    /** The outcomes of the run so far, or null when no qLearning firm has made a decision. */
    public static LearningOutcomes of(Market m) {
        List<QLearning> learners = new ArrayList<>();
        for (Firm f : m.firms()) {
            if (f.strategies().pricing(PriceLever.PAID) instanceof QLearning q && q.started()) {
                learners.add(q);
            }
        }
        if (learners.isEmpty()) {
            return null;
        }
        LearningBenchmarks bench = learners.get(0).benchmarks();
        Path path = new Path(bench, learners);
        List<Integer> cycle = path.cycleFrom(learners.get(0).state());
        int n = learners.size();
        double every = m.config().market.firmDecisionEvery;
        List<FirmOutcome> firms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double price = 0;
            double profit = 0;
            int[] digits = new int[n];
            for (int st : cycle) {
                int profile = st % bench.profiles;
                bench.decode(profile, digits);
                price += bench.grid[i][digits[i]];
                profit += bench.profit[i][profile];
            }
            price /= cycle.size();
            profit /= cycle.size();
            QLearning q = learners.get(i);
            double[] realised = q.realised();
            double realisedProfit = realised[1] / every;
            firms.add(new FirmOutcome(bench.learners.get(i).id, q.converged(), q.decisions(), q.learner().stableFor(),
                    bench.nashPrice[i], bench.monopolyPrice, bench.nashProfit[i], bench.monopolyProfit[i],
                    cycle.size(), price, profit, bench.delta(i, profit), realised[0], realisedProfit,
                    bench.delta(i, realisedProfit)));
        }
        return new LearningOutcomes(firms, path.impulse(cycle.get(0)));
    }

    /** Greedy play of all learners over the shared state encoding. */
    private static final class Path {
        private final LearningBenchmarks bench;
        private final List<QLearning> learners;
        private final boolean memory2;

        Path(LearningBenchmarks bench, List<QLearning> learners) {
            this.bench = bench;
            this.learners = learners;
            this.memory2 = learners.get(0).memory() == 2;
        }

        int greedyProfile(int state) {
            int[] digits = new int[learners.size()];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = learners.get(i).learner().greedy(state);
            }
            return bench.encode(digits);
        }

        int successor(int state, int profile) {
            return memory2 ? profile + bench.profiles * (state % bench.profiles) : profile;
        }

        /** The states of the cycle greedy play reaches from start. */
        List<Integer> cycleFrom(int start) {
            Map<Integer, Integer> seen = new HashMap<>();
            List<Integer> visited = new ArrayList<>();
            int state = start;
            while (!seen.containsKey(state)) {
                seen.put(state, visited.size());
                visited.add(state);
                state = successor(state, greedyProfile(state));
            }
            return visited.subList(seen.get(state), visited.size());
        }

        List<ImpulsePoint> impulse(int start) {
            int n = learners.size();
            List<ImpulsePoint> points = new ArrayList<>();
            int state = start;
            int[] digits = new int[n];
            record(points, 0, state % bench.profiles);
            for (int t = 1; t <= IMPULSE_PERIODS; t++) {
                int profile = greedyProfile(state);
                if (t == 1) {
                    bench.decode(profile, digits);
                    int onPath = digits[0];
                    int best = 0;
                    for (int a = 1; a < bench.radix[0]; a++) {
                        digits[0] = a;
                        int c = bench.encode(digits);
                        digits[0] = best;
                        if (bench.profit[0][c] > bench.profit[0][bench.encode(digits)]) {
                            best = a;
                        }
                    }
                    digits[0] = best < onPath ? best : Math.max(0, onPath - 1);
                    profile = bench.encode(digits);
                }
                record(points, t, profile);
                state = successor(state, profile);
            }
            return points;
        }

        private void record(List<ImpulsePoint> points, int t, int profile) {
            int[] digits = new int[learners.size()];
            bench.decode(profile, digits);
            for (int i = 0; i < digits.length; i++) {
                double profit = bench.profit[i][profile];
                points.add(new ImpulsePoint(t, bench.learners.get(i).id, bench.grid[i][digits[i]], profit,
                        bench.delta(i, profit)));
            }
        }
    }
}
