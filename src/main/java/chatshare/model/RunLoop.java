package chatshare.model;

import java.util.function.IntConsumer;

/** The one tick loop of a run, shared by run, sweep and calibration, so they all stop at the same tick. */
public final class RunLoop {
    private RunLoop() {
    }

    /**
     * Steps a started market to its last tick: market.ticks, or fewer once every learning firm has
     * converged. tickDone hears the number of ticks done after each; returns that number.
     */
    public static int toEnd(Market market, IntConsumer tickDone) {
        int ticks = 0;
        do {
            market.schedule.step(market);
            tickDone.accept(++ticks);
        } while (!market.lastTick());
        return ticks;
    }
}
