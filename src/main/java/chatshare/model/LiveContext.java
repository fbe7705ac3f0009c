package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** The context of a firm's decision in a running market: its demand sample probed at the decision's profile of offers. */
final class LiveContext implements DecisionContext {
    private final Market market;
    private final Firm firm;
    private final List<Offer> profile;
    private final FirmDecisions decisions;

    LiveContext(Market market, Firm firm, List<Offer> profile, FirmDecisions decisions) {
        this.market = market;
        this.firm = firm;
        this.profile = profile;
        this.decisions = decisions;
    }

    @Override
    public Offer offer() {
        return firm.offer();
    }

    @Override
    public StrategyConfig keys() {
        return firm.strategies().keys();
    }

    @Override
    public double periodProfit() {
        return firm.accounts().periodProfit();
    }

    @Override
    public double share() {
        return market.metrics.share(firm);
    }

    @Override
    public int ticksPerDecision() {
        return market.config().market.firmDecisionEvery;
    }

    @Override
    public double unitCost(PriceLever lever) {
        return lever.unitCost(market.segments(), firm);
    }

    @Override
    public double mostProfitablePrice(PriceLever lever, double[] candidates) {
        return BestResponse.optimum(market, firm, lever, keys(), candidates, profile);
    }

    @Override
    public double mostProfitableFiltering(double[] levels, double tolerance) {
        return FilteringStrategy.mostProfitable(market, firm, levels, tolerance, profile);
    }

    @Override
    public List<DecisionContext.Rival> rivals() {
        return market.firms().stream().filter(r -> r != firm)
                .map(r -> new DecisionContext.Rival(r.active(), r.strategies().shareGain(), r.offer().filtering())).toList();
    }

    @Override
    public LearningBenchmarks learningBenchmarks() {
        return decisions.learningBenchmarks();
    }

    @Override
    public UniformRandomProvider learningStream() {
        return market.streams().stream(Streams.LEARNING, PriceLever.PAID.ordinal(), firm.index);
    }

    @Override
    public int firmIndex() {
        return firm.index;
    }

    @Override
    public String firmId() {
        return firm.id;
    }
}
