package chatshare.model;

/** Called once at the end of every tick (ordering 7) to record outputs. */
@FunctionalInterface
public interface TickObserver {
    void observe(Market market);
}
