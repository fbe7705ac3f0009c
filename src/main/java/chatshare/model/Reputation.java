package chatshare.model;

/**
 * A firm's reputation and the regulators' extra attention after controversies (MODEL.md 7.7):
 * controversies lower the reputation and raise the scrutiny; both decay back with a half-life.
 * Changed by the regulation step (and controversy events), read by the utility.
 */
public final class Reputation {
    private double value;
    /** The level controversies decay back to. */
    private double base;
    /** Extra regulatory attention: detection hazard x (1 + scrutiny). */
    private double scrutiny;
    /** Controversies from the timeline, applied by the regulation step like drawn ones. */
    private int scheduled;

    Reputation(double value) {
        this.value = value;
        this.base = value;
    }

    public double value() {
        return value;
    }

    public double scrutiny() {
        return scrutiny;
    }

    /** One tick of recovery: the distance to the base and the scrutiny shrink by the factor. */
    void decay(double factor) {
        value = base + (value - base) * factor;
        scrutiny *= factor;
    }

    void hit(double loss, double scrutinyBoost) {
        value -= loss;
        scrutiny += scrutinyBoost;
    }

    void schedule() {
        scheduled++;
    }

    /** Takes one scheduled controversy, if any is waiting. */
    boolean takeScheduled() {
        if (scheduled == 0) {
            return false;
        }
        scheduled--;
        return true;
    }

    /** A live edit: the new level is also the one controversies decay back to. */
    void reset(double level) {
        value = level;
        base = level;
    }
}
