package chatshare.config;

/**
 * Controversies (MODEL.md 7.7): each tick a firm is hit with probability
 * rate x (1 - filtering)^2 x exposure; its reputation drops, regulators' detection hazard for it
 * rises, and both return toward normal with a half-life.
 */
public class ControversyConfig {
    @Doc("Base weekly controversy probability c0 of a firm with no filtering and exposure 1")
    @Range(min = 0, max = 1)
    public double rate = 0;

    @Doc("Reputation lost per controversy (weighted by each segment's reputationWeight)")
    @Range(min = 0, max = 100)
    public double reputationHit = 0.5;

    @Doc("Added to the regulators' detection hazard multiplier for the firm per controversy")
    @Range(min = 0, max = 100)
    public double scrutinyBoost = 1;

    @Doc("Ticks for reputation and scrutiny to recover half of the way back")
    @Range(min = 0.1, max = 100_000)
    public double halfLifeTicks = 8;
}
