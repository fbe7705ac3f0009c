package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 3 of MODEL.md §3: regulators check firms; fines, strikes, bans; controversies are drawn (§7.7). */
final class RegulationStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;
    private final Streams streams;

    RegulationStep(Market market, Streams streams) {
        this.market = market;
        this.streams = streams;
    }

    @Override
    public void step(SimState state) {
        Regulation.step(market, streams.stream(Streams.REGULATION, market.tick(), 0));
    }
}
