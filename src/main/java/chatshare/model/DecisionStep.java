package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 7 of MODEL.md §3: every financeEvery ticks firms review financing and investment; every
 * firmDecisionEvery ticks they revise prices and filtering, from market.firmsAdaptFrom on.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;
    /** First tick on which strategies decide (market.firmsAdaptFrom; a string, so fixed for the run). */
    private final int adaptFrom;

    DecisionStep(Market market) {
        this.market = market;
        String from = market.config.market.firmsAdaptFrom;
        this.adaptFrom = from.isEmpty() ? Integer.MIN_VALUE : Timeline.tickOf(from, market.startDate);
    }

    @Override
    public void step(SimState state) {
        int tick = market.tick();
        int periodEnd = tick + 1;
        chatshare.config.MarketConfig config = market.config.market;
        if (periodEnd % config.financeEvery == 0) {
            FirmDecisions.review(market);
        }
        if (periodEnd % config.firmDecisionEvery == 0) {
            FirmDecisions.decide(market, tick >= adaptFrom);
        }
        Accounting.requireFinite(market); // financing and decisions may have overflowed the accounts
    }
}
