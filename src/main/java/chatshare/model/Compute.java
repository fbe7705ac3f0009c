package chatshare.model;

/**
 * A firm's serving capacity (MODEL.md 7.6) and the capacity it has ordered: capacity arriving at
 * tick t waits in slot t % length of a small ring (length = capex lag + 1). Capacity 0 means
 * unlimited.
 */
public final class Compute {
    private double capacity;
    private final double[] onOrder;

    Compute(double capacity, int lagTicks) {
        this.capacity = capacity;
        this.onOrder = new double[lagTicks + 1];
    }

    public double capacity() {
        return capacity;
    }

    /** Whether capacity is finite (0 = unlimited, and then nothing is ordered). */
    boolean limited() {
        return capacity > 0;
    }

    /** Orders capacity that arrives lag ticks from now. */
    void order(double amount, int tick, int lag) {
        onOrder[(tick + lag) % onOrder.length] += amount;
    }

    /** Adds the capacity due at this tick. */
    void receive(int tick) {
        int slot = tick % onOrder.length;
        capacity += onOrder[slot];
        onOrder[slot] = 0;
    }

    /** Share of capacity used by a load (0 when capacity is unlimited). */
    double use(double load) {
        return capacity > 0 ? load / capacity : 0;
    }

    void set(double value) {
        capacity = value;
    }
}
