package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** A decision context a test sets by hand (offer, profit, share, rivals); probes are not available. */
final class ContextStub implements DecisionContext {
    Offer offer;
    StrategyConfig keys = new StrategyConfig();
    double periodProfit;
    double share;
    int ticksPerDecision = 4;
    double unitCost;
    final List<Rival> rivals = new ArrayList<>();

    ContextStub(Offer offer) {
        this.offer = offer;
    }

    @Override
    public Offer offer() {
        return offer;
    }

    @Override
    public StrategyConfig keys() {
        return keys;
    }

    @Override
    public double periodProfit() {
        return periodProfit;
    }

    @Override
    public double share() {
        return share;
    }

    @Override
    public int ticksPerDecision() {
        return ticksPerDecision;
    }

    @Override
    public double unitCost(PriceLever lever) {
        return unitCost;
    }

    @Override
    public double mostProfitablePrice(PriceLever lever, double[] candidates) {
        throw new UnsupportedOperationException("a stub context has no demand sample");
    }

    @Override
    public double mostProfitableFiltering(double[] levels, double tolerance) {
        throw new UnsupportedOperationException("a stub context has no demand sample");
    }

    @Override
    public List<Rival> rivals() {
        return rivals;
    }

    @Override
    public LearningBenchmarks learningBenchmarks() {
        throw new UnsupportedOperationException("a stub context has no learners");
    }

    @Override
    public UniformRandomProvider learningStream() {
        throw new UnsupportedOperationException("a stub context has no streams");
    }

    @Override
    public int firmIndex() {
        return 0;
    }

    @Override
    public String firmId() {
        return "stub";
    }
}
