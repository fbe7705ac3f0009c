package chatshare.model;

import chatshare.config.RegulatorConfig;

/**
 * A region's regulator (MODEL.md 7.7): the filtering floor and detection hazard (moved by
 * regulation events and live edits), and the fine rate and strike limit read from the run's config.
 */
public final class Regulator {
    private final RegulatorConfig config;
    private double fMin;
    private double hazard;

    Regulator(RegulatorConfig c) {
        config = c;
        fMin = c.fMin;
        hazard = c.hazard;
    }

    /** Minimum filtering level of the region. */
    public double fMin() {
        return fMin;
    }

    /** Weekly probability that a firm below the floor is caught (before its scrutiny). */
    public double hazard() {
        return hazard;
    }

    double fineRate() {
        return config.fineRate;
    }

    /** Strikes at which a firm is banned from the region. */
    int strikeLimit() {
        return config.strikes;
    }

    void setFloor(double value) {
        fMin = value;
    }

    void setHazard(double value) {
        hazard = value;
    }
}
