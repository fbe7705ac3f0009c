package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a firm's strategy sees when it decides (MODEL.md 7.5): its own offer and profit, pure
 * probes of its demand sample at candidate offers (rivals at their current offers), and readings
 * of the market. Nothing here writes: a strategy returns its choice and the decision step applies
 * it, so "a strategy does not change the market" holds by type. LiveContext is the running
 * market's; tests give a strategy a context of their own.
 */
interface DecisionContext {
    /** What a strategy may know of a rival: whether it is active, its share gain and its filtering. */
    record Rival(boolean active, double shareGain, double filtering) {
    }

    Offer offer();

    StrategyConfig keys();

    /** Profit booked since the firm's last decision. */
    double periodProfit();

    /** The firm's share of all users after the last accounting step. */
    double share();

    int ticksPerDecision();

    /** Monthly serving cost of one user of the lever's plan, in the lever's price unit. */
    double unitCost(PriceLever lever);

    /** The price of highest expected profit, searched from the ascending candidates (BestResponse.optimum). */
    double mostProfitablePrice(PriceLever lever, double[] candidates);

    /** The filtering level of highest expected profit, the best of levels refined to tolerance. */
    double mostProfitableFiltering(double[] levels, double tolerance);

    List<Rival> rivals();

    /** The qLearning firms' benchmarks, computed on the exact expected demand at first use. */
    LearningBenchmarks learningBenchmarks();

    /** This firm's exploration stream (Streams.LEARNING; fixed for the run). */
    UniformRandomProvider learningStream();

    int firmIndex();

    String firmId();
}
