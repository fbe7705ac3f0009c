package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1 of MODEL.md §3: a new tick's event log, the frontier drifts (every firm falls behind by
 * market.frontierGrowth and receives the capacity due) and the timeline's events of this tick
 * apply (§7.8), which may change anything.
 */
final class EventStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ExperimentConfig config;
    private final List<Firm> firms;
    private final Timeline timeline;
    private final EventEffects effects;
    private final EventLog log;

    EventStep(ExperimentConfig config, List<Firm> firms, Timeline timeline, EventEffects effects, EventLog log) {
        this.config = config;
        this.firms = firms;
        this.timeline = timeline;
        this.effects = effects;
        this.log = log;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        log.clear();
        for (Firm f : firms) {
            Investment.drift(f, config.market.frontierGrowth, tick);
        }
        timeline.apply(effects, tick);
    }
}
