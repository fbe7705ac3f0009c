package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4 of MODEL.md §3: Bass-type awareness, marketing and word of mouth (§7.3), block by block.
 * Reads the firms, the awareness keys and last tick's shares; writes the users' awareness and the
 * awareness counts.
 */
final class AwarenessStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ExperimentConfig config;
    private final List<Firm> firms;
    private final Population users;
    private final UserTypes types;
    private final AwareCounts aware;
    private final TickChoices lastTick;
    private final BlockRunner runner;
    private final Streams streams;

    AwarenessStep(ExperimentConfig config, List<Firm> firms, Population users, UserTypes types, AwareCounts aware,
            TickChoices lastTick, BlockRunner runner, Streams streams) {
        this.config = config;
        this.firms = firms;
        this.users = users;
        this.types = types;
        this.aware = aware;
        this.lastTick = lastTick;
        this.runner = runner;
        this.streams = streams;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        Awareness awareness = new Awareness(config, firms, users, types, aware, lastTick.regionFirmShare());
        runner.forEachBlock(b -> awareness.spread(b, streams.stream(Streams.AWARENESS, tick, b.index)));
        for (Block block : runner.blocks()) {
            for (int j = 0; j < firms.size(); j++) {
                aware.add(j, block.newlyAware[j]);
            }
        }
    }
}
