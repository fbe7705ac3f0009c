package chatshare.config;

/** The regulator of one region (MODEL.md 7.7). */
public class RegulatorConfig {
    @Doc("Minimum filtering level fMin a firm must keep to be compliant in the region (0 = no floor)")
    @Range(min = 0, max = 1)
    public double fMin = 0;

    @Doc("Weekly probability that a violation (filtering below fMin) is detected")
    @Range(min = 0, max = 1)
    public double hazard = 0.05;

    @Doc("Fine as a share of the firm's annualised revenue in the region (EU DSA cap: 6%)")
    @Range(min = 0, max = 1)
    public double fineRate = 0.06;

    @Doc("Detected violations (strikes) after which the firm is banned from the region until compliant")
    @Range(min = 1, max = 1000)
    public int strikes = 3;
}
