package chatshare.config;

/**
 * Investment in quality and compute (MODEL.md 7.5-7.6). Each tick a firm spends qualityShare of
 * its revenue on quality and capexShare on GPUs (both are costs). On decision ticks quality grows
 * by efficiency x ln(1 + I / scale) for the period's quality spend I. Capex adds compute capacity
 * capexLagTicks later (only for firms with limited capacity).
 */
public class InvestmentConfig {
    @Doc("Share of weekly revenue invested in quality")
    @Range(min = 0, max = 10)
    public double qualityShare = 0;

    @Doc("Quality gained per unit of ln(1 + I/scale) over a decision period (eta)")
    @Range(min = 0, max = 100)
    public double efficiency = 0.1;

    @Doc("Investment scale I0 ($ per decision period) of the diminishing returns")
    @Range(min = 1, max = 1e13)
    public double scale = 1e8;

    @Doc("Share of weekly revenue spent on compute (GPUs)")
    @Range(min = 0, max = 10)
    public double capexShare = 0;

    @Doc("Compute capacity (consumer-usage users per week) bought per capex dollar")
    @Range(min = 0, max = 1e6)
    public double capacityPerDollar = 0;

    @Doc("Ticks between buying compute and serving with it")
    @Range(min = 0, max = 520)
    public int capexLagTicks = 12;
}
