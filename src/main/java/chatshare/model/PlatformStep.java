package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 2 of MODEL.md §3: platform membership drifts (shocks are events of step 1). */
final class PlatformStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;

    PlatformStep(Market market) {
        this.market = market;
    }

    @Override
    public void step(SimState state) {
        for (int p = 0; p < market.platforms.size(); p++) {
            double drift = market.platforms.get(p).drift;
            if (drift != 0) {
                Membership.scale(market, p, -1, 1 + drift, Streams.PLATFORMS + p);
            }
        }
    }
}
