package chatshare.model;

import chatshare.config.RegulatorConfig;

/** A region's regulator: filtering floor, detection hazard, fine rate and strike limit (MODEL.md 7.7). */
public final class Regulator {
    public double fMin;
    public double hazard;
    public double fineRate;
    public int strikes;

    Regulator(RegulatorConfig c) {
        fMin = c.fMin;
        hazard = c.hazard;
        fineRate = c.fineRate;
        strikes = c.strikes;
    }
}
