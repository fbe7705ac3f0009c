package chatshare.model;

import chatshare.config.StrategyConfig;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * qLearning pricing (MODEL.md 7.5; Calvano, Calzolari, Denicolo and Pastorello, AER 2020): one
 * decision is one period. The state is the grid prices every learning firm charged in the last
 * qMemory decisions, the action is the firm's next grid price, the reward is the profit it booked
 * since its last decision. Exploration decays as exp(-beta t) and draws from the firm's own
 * stream (Streams.LEARNING), so results do not depend on threads. Q0(s, a) is the discounted
 * profit of a against rivals pricing uniformly on their grids (the paper's initialisation). Only
 * the paid-plan price learns; the API price stays where it is.
 */
final class QLearning implements PricingStrategy {
    private static final int WINDOW = LearningOutcomes.REALISED_WINDOW;

    private final StrategyConfig s;
    private LearningBenchmarks bench;
    private QLearner learner;
    private UniformRandomProvider rng;
    private int me;
    private int state = -1;
    private int action;
    private int lastProfile;
    private long decisions;
    private final double[] recentPrice = new double[WINDOW];
    private final double[] recentProfit = new double[WINDOW];

    QLearning(StrategyConfig s) {
        this.s = s;
    }

    @Override
    public double next(DecisionContext context, PriceLever lever) {
        if (lever == PriceLever.API) {
            return context.offer().apiPrice();
        }
        if (learner == null) {
            start(context);
        }
        int profile = bench.profileNow();
        int next = s.qMemory == 1 ? profile : profile + bench.profiles * lastProfile;
        if (state >= 0) {
            learner.update(state, action, context.periodProfit(), next);
            int slot = (int) (decisions % WINDOW);
            recentPrice[slot] = context.offer().price();
            recentProfit[slot] = context.periodProfit();
            decisions++;
        }
        lastProfile = profile;
        state = next;
        action = learner.choose(state, Exp.exp(-s.qExplorationDecay * decisions), rng);
        return bench.grid[me][action];
    }

    private void start(DecisionContext context) {
        bench = context.learningBenchmarks();
        me = bench.indexOf(context.firmIndex());
        if (me < 0) { // the learners' shared state encoding is fixed at the first learning decision
            throw new IllegalStateException(context.firmId() + " switched to qLearning after the other learners started; "
                    + "all qLearning firms must learn from the start of the run");
        }
        rng = context.learningStream();
        int prices = s.qPrices;
        int states = s.qMemory == 1 ? bench.profiles : Math.multiplyExact(bench.profiles, bench.profiles);
        // Q0(s, a) = sum over rival profiles of pi(a, rivals) / ((1 - delta) rival profiles), as in the paper.
        double[] mean = new double[prices];
        int[] digits = new int[bench.learners.size()];
        for (int c = 0; c < bench.profiles; c++) {
            bench.decode(c, digits);
            mean[digits[me]] += bench.profit[me][c] * context.ticksPerDecision();
        }
        int rivalProfiles = bench.profiles / prices;
        double[] q = new double[Math.multiplyExact(states, prices)];
        for (int a = 0; a < prices; a++) {
            mean[a] /= (1 - s.qDiscount) * rivalProfiles;
        }
        for (int st = 0; st < states; st++) {
            System.arraycopy(mean, 0, q, st * prices, prices);
        }
        learner = new QLearner(states, prices, s.qLearningRate, s.qDiscount, q);
    }

    boolean converged() {
        return learner != null && learner.stableFor() >= s.qConvergence;
    }

    boolean started() {
        return learner != null;
    }

    QLearner learner() {
        return learner;
    }

    LearningBenchmarks benchmarks() {
        return bench;
    }

    /** The state the next update starts from (the learners' latest prices). */
    int state() {
        return state;
    }

    long decisions() {
        return decisions;
    }

    int memory() {
        return s.qMemory;
    }

    /** Mean price and profit over the last WINDOW decisions (fewer early in a run). */
    double[] realised() {
        int n = (int) Math.min(decisions, WINDOW);
        double price = 0;
        double profit = 0;
        for (int k = 0; k < n; k++) {
            price += recentPrice[k];
            profit += recentProfit[k];
        }
        return new double[] {price / n, profit / n};
    }
}
