package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 4 of MODEL.md §3: Bass-type awareness, marketing and word of mouth (§7.3), block by block. */
final class AwarenessStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;

    AwarenessStep(Market market) {
        this.market = market;
    }

    @Override
    public void step(SimState state) {
        Awareness awareness = new Awareness(market);
        Block[] blocks = market.blocks;
        int tick = market.tick();
        market.runner.forEachBlock(b -> awareness.spread(blocks[b], market.streams.stream(Streams.AWARENESS, tick, b)));
        for (Block block : blocks) {
            for (int j = 0; j < market.firms.size(); j++) {
                market.awareCount[j] += block.newlyAware[j];
            }
        }
    }
}
