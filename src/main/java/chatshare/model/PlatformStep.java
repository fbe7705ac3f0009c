package chatshare.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 2 of MODEL.md §3: platform membership drifts (shocks are events of step 1); Membership moves the users. */
final class PlatformStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Platform> platforms;
    private final Membership membership;

    PlatformStep(List<Platform> platforms, Membership membership) {
        this.platforms = platforms;
        this.membership = membership;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        for (int p = 0; p < platforms.size(); p++) {
            double drift = platforms.get(p).drift();
            if (drift != 0) {
                membership.scale(p, -1, 1 + drift, Streams.PLATFORMS + p, tick);
            }
        }
    }
}
