package chatshare.config;

/**
 * How far a firm's own awareness channels reach each segment (issue 19, item 5): consumers hear
 * of an assistant through distribution (defaults, app stores, bundles, mass marketing),
 * developers and enterprises through API channels (documentation, cloud marketplaces, sales).
 * A firm strong in one channel and weak in the other is known to one segment and not the other,
 * whatever its quality.
 */
public class ReachConfig {
    @Doc("Multiplier of the firm's initial awareness and weekly awareness hazard (marketing and word of mouth) among consumers; 0 = consumers learn of the firm only through platform promotions")
    @Range(min = 0, max = 1)
    public double consumer = 1;

    @Doc("The same multiplier among power users")
    @Range(min = 0, max = 1)
    public double power = 1;

    @Doc("The same multiplier among enterprise (API) users")
    @Range(min = 0, max = 1)
    public double enterprise = 1;

    /** Multipliers in segment index order (SegmentsConfig.NAMES). */
    public double[] inOrder() {
        return new double[] {consumer, power, enterprise};
    }
}
