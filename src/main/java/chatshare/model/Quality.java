package chatshare.model;

/**
 * A firm's quality index (MODEL.md 7.5) and the quality spending of the current finance period:
 * the frontier's drift lowers it every tick, investment raises it with diminishing returns on
 * finance ticks; events may set it.
 */
public final class Quality {
    private double level;
    private double periodSpend;

    Quality(double level) {
        this.level = level;
    }

    public double level() {
        return level;
    }

    /** The frontier moved on by growth: the firm falls behind by as much (not below 0). */
    void fallBehind(double growth) {
        level = Math.max(0, level - growth);
    }

    void spend(double amount) {
        periodSpend += amount;
    }

    /** Turns the period's spend into quality: efficiency x ln(1 + spend / scale). */
    void improve(double efficiency, double scale) {
        level += efficiency * Math.log1p(periodSpend / scale);
        periodSpend = 0;
    }

    /** Keeps the better of this quality and another (an acquisition). */
    void atLeast(double other) {
        level = Math.max(level, other);
    }

    void set(double value) {
        level = value;
    }
}
