package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 1 of MODEL.md §3: the frontier drifts and the timeline's events of this tick apply (§7.8). */
final class EventStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;
    private final Timeline timeline;

    EventStep(Market market, Timeline timeline) {
        this.market = market;
        this.timeline = timeline;
    }

    @Override
    public void step(SimState state) {
        int tick = market.tick();
        market.clearEvents();
        for (Firm f : market.firms) {
            Investment.drift(f, market.config.market.frontierGrowth, tick);
        }
        timeline.apply(market, tick);
    }
}
