package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 8 of MODEL.md §3: observers record the tick (tables, GUI charts). */
final class ObserverStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;
    private final java.util.List<TickObserver> observers;

    ObserverStep(Market market, java.util.List<TickObserver> observers) {
        this.market = market;
        this.observers = observers;
    }

    @Override
    public void step(SimState state) {
        observers.forEach(o -> o.observe(market));
    }
}
