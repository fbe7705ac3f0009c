package chatshare.model;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * What the qLearning firms are measured against and learn over (Calvano et al., AER 2020,
 * section I): the one-shot Bertrand-Nash prices (best responses iterated to a fixed point), the
 * joint-profit ("monopoly") price (one common price maximising the learners' total profit, exact
 * for symmetric firms), each learner's price grid from pN - xi (pM - pN) to pM + xi (pM - pN),
 * and its one-period profit at every profile of grid prices. Profits are the exact expected
 * weekly profits of the coming tick on one common fixed user sample (DemandSample), with
 * non-learning firms at their current offers and users' state as it is when first asked.
 */
final class LearningBenchmarks {
    /**
     * The zooming grid search: a first pass of FIRST_POINTS over [minPrice, maxPrice] (which must
     * resolve the profit curve's peak), then ROUNDS passes of POINTS, each 10x narrower.
     */
    private static final int FIRST_POINTS = 101;
    private static final int POINTS = 21;
    private static final int ROUNDS = 6;
    private static final int MAX_NASH_ROUNDS = 200;

    final List<Firm> learners;
    final double[] nashPrice;
    final double[] nashProfit;
    final double monopolyPrice;
    final double[] monopolyProfit;
    final double[][] grid;
    /** Prices of each learner's grid (mixed radix of the profile index). */
    final int[] radix;
    /** profit[i][profile]: learner i's one-period profit when learner j plays grid[j][digit j]. */
    final double[][] profit;
    final int profiles;
    private final Market market;
    private final DemandSample sample;

    private LearningBenchmarks(Market m, List<Firm> learners) {
        this.market = m;
        this.learners = learners;
        this.sample = m.demandSample(learners.get(0));
        int n = learners.size();
        nashPrice = nash();
        nashProfit = profits(nashPrice);
        monopolyPrice = argmax(p -> sum(profits(filled(n, p))), minPrice(), maxPrice());
        monopolyProfit = profits(filled(n, monopolyPrice));
        grid = new double[n][];
        radix = new int[n];
        int count = 1;
        for (int i = 0; i < n; i++) {
            var s = learners.get(i).strategies().keys();
            radix[i] = s.qPrices;
            count = Math.multiplyExact(count, s.qPrices);
            double span = monopolyPrice - nashPrice[i];
            double lo = nashPrice[i] - s.qGridExtension * span;
            double hi = monopolyPrice + s.qGridExtension * span;
            grid[i] = new double[s.qPrices];
            for (int k = 0; k < s.qPrices; k++) {
                grid[i][k] = lo + (hi - lo) * k / (s.qPrices - 1);
            }
        }
        profiles = count;
        profit = new double[n][profiles];
        int[] digits = new int[n];
        for (int c = 0; c < profiles; c++) {
            decode(c, digits);
            double[] pi = profits(prices(digits));
            for (int i = 0; i < n; i++) {
                profit[i][c] = pi[i];
            }
        }
    }

    static LearningBenchmarks of(Market m) {
        List<Firm> learners = m.firms().stream()
                .filter(f -> f.active() && f.strategies().pricing(PriceLever.PAID) instanceof QLearning).toList();
        if (learners.isEmpty()) {
            throw new IllegalStateException("no active qLearning firm");
        }
        return new LearningBenchmarks(m, learners);
    }

    /** The learner's position among the learners, or -1 for a firm that is not one. */
    int indexOf(int firm) {
        for (int i = 0; i < learners.size(); i++) {
            if (learners.get(i).index == firm) {
                return i;
            }
        }
        return -1;
    }

    /** The profile of the learners' current prices (each at its nearest grid price). */
    int profileNow() {
        int[] digits = new int[learners.size()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = nearest(grid[i], learners.get(i).offer().price());
        }
        return encode(digits);
    }

    int encode(int[] digits) {
        int c = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            c = c * radix[i] + digits[i];
        }
        return c;
    }

    void decode(int profile, int[] digits) {
        for (int i = 0; i < digits.length; i++) {
            digits[i] = profile % radix[i];
            profile /= radix[i];
        }
    }

    double[] prices(int[] digits) {
        double[] p = new double[digits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = grid[i][digits[i]];
        }
        return p;
    }

    /** Profit gain Delta = (pi - piN) / (piM - piN) of learner i. */
    double delta(int i, double profit) {
        return (profit - nashProfit[i]) / (monopolyProfit[i] - nashProfit[i]);
    }

    /** Every learner's exact expected one-period profit when the learners charge prices (users as they are now). */
    double[] profits(double[] prices) {
        List<Offer> profile = Offer.profileOf(market.firms());
        for (int i = 0; i < prices.length; i++) {
            Firm f = learners.get(i);
            profile = Offer.replace(profile, f.index, profile.get(f.index).with(PriceLever.PAID, prices[i]));
        }
        double[] pi = new double[prices.length];
        for (int i = 0; i < prices.length; i++) {
            pi[i] = sample.expectedProfit(market, learners.get(i), profile);
        }
        return pi;
    }

    /** Best responses iterated (each learner in turn) until no price moves by more than 1e-9 relative. */
    private double[] nash() {
        int n = learners.size();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = learners.get(i).offer().price();
        }
        for (int round = 0; round < MAX_NASH_ROUNDS; round++) {
            double moved = 0;
            for (int i = 0; i < n; i++) {
                int me = i;
                double[] trial = p.clone();
                double best = argmax(x -> {
                    trial[me] = x;
                    return profits(trial)[me];
                }, minPrice(), maxPrice());
                moved = Math.max(moved, Math.abs(best - p[i]) / Math.max(1e-12, Math.abs(p[i])));
                p[i] = best;
            }
            if (moved < 1e-9) {
                break;
            }
        }
        return p;
    }

    private double minPrice() {
        return learners.stream().mapToDouble(f -> f.strategies().keys().minPrice).max().orElseThrow();
    }

    private double maxPrice() {
        return learners.stream().mapToDouble(f -> f.strategies().keys().maxPrice).min().orElseThrow();
    }

    /** Maximiser of f on [lo, hi] by a grid search that zooms in on the best point's neighbours. */
    static double argmax(DoubleUnaryOperator f, double lo, double hi) {
        double best = lo;
        for (int round = 0; round <= ROUNDS; round++) {
            int points = round == 0 ? FIRST_POINTS : POINTS;
            double bestValue = Double.NEGATIVE_INFINITY;
            double step = (hi - lo) / (points - 1);
            for (int k = 0; k < points; k++) {
                double x = lo + step * k;
                double y = f.applyAsDouble(x);
                if (y > bestValue) {
                    bestValue = y;
                    best = x;
                }
            }
            lo = Math.max(lo, best - step);
            hi = Math.min(hi, best + step);
        }
        return best;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    static int nearest(double[] grid, double price) {
        int best = 0;
        for (int k = 1; k < grid.length; k++) {
            if (Math.abs(grid[k] - price) < Math.abs(grid[best] - price)) {
                best = k;
            }
        }
        return best;
    }
}
