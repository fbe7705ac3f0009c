package chatshare.config;

/** Behaviour of one user segment (MODEL.md 7.1-7.2). */
public class SegmentConfig {
    @Doc("Share of users in this segment (segment shares must sum to 1)")
    @Range(min = 0, max = 1)
    public double share = 0;

    @Doc("Probability a user re-chooses in a given tick")
    @Range(min = 0, max = 1)
    public double reviewProb = 0.05;

    @Doc("Deterministic utility u0 of using no assistant")
    @Range(min = -100, max = 100)
    public double outsideUtility = 0;

    @Doc("Median price sensitivity alpha (utility per $/month); alpha is log-normal")
    @Range(min = 0, max = 100)
    public double priceSensitivity = 0.1;

    @Doc("Standard deviation of ln(alpha)")
    @Range(min = 0, max = 5)
    public double priceSensitivitySpread = 0.5;

    @Doc("Lower bound of the quality taste beta (uniform)")
    @Range(min = 0, max = 100)
    public double qualityTasteMin = 0.5;

    @Doc("Upper bound of the quality taste beta (uniform)")
    @Range(min = 0, max = 100)
    public double qualityTasteMax = 1.5;

    @Doc("Weight rho of firm reputation in utility")
    @Range(min = -100, max = 100)
    public double reputationWeight = 1;

    @Doc("Habit / switching-cost weight kappa on the current choice")
    @Range(min = -100, max = 100)
    public double habitWeight = 1;

    @Doc("Weight sigma of the share of friends (or region) using a firm")
    @Range(min = -100, max = 100)
    public double socialWeight = 1;

    @Doc("Weight wF on the squared distance outside the filtering tolerance band")
    @Range(min = 0, max = 1000)
    public double filteringWeight = 4;

    @Doc("Utility of a free plan over what its quality gives, for this segment: light users barely meet the free plan's limits, so a positive value makes paying worth less to them than to heavy users (0 = none)")
    @Range(min = -10, max = 10)
    public double freePlanBonus = 0;

    @Doc("Million tokens per month an API user buys (enterprise segment only)")
    @Range(min = 0, max = 1e9)
    public double tokensPerMonth = 0;

    @Doc("Serving load of one user relative to a consumer (capacity and serving cost)")
    @Range(min = 0, max = 1e6)
    public double usage = 1;

    static SegmentConfig consumer() {
        SegmentConfig s = new SegmentConfig();
        s.share = 0.85;
        return s;
    }

    static SegmentConfig power() {
        SegmentConfig s = new SegmentConfig();
        s.share = 0.12;
        s.reviewProb = 0.08;
        s.priceSensitivity = 0.04;
        s.qualityTasteMin = 1.0;
        s.qualityTasteMax = 2.0;
        s.usage = 5;
        return s;
    }

    static SegmentConfig enterprise() {
        SegmentConfig s = new SegmentConfig();
        s.share = 0.03;
        s.reviewProb = 0.03;
        s.priceSensitivity = 0.002;
        s.qualityTasteMin = 1.0;
        s.qualityTasteMax = 2.0;
        s.reputationWeight = 3;
        s.socialWeight = 0.5;
        s.tokensPerMonth = 100;
        s.usage = 20;
        return s;
    }
}
