package chatshare.config;

/**
 * How a firm finances its burn (MODEL.md 7.4-7.5): when its runway falls below raiseBelowMonths
 * (checked on decision ticks) or its cash falls below zero, it tries to raise money. Success has
 * logistic probability 1 / (1 + exp(-(intercept + backerWeight x backerStrength + shareWeight x
 * share + growthWeight x revenue growth))). A raise brings raiseMonths of net burn, the debtShare
 * of it as debt secured on GPUs, which also buys compute capacity (arriving after the capex lag).
 */
public class FinanceConfig {
    @Doc("Try to raise when runway is below this many months (0 = never raise: cash < 0 means exit)")
    @Range(min = 0, max = 1200)
    public double raiseBelowMonths = 0;

    @Doc("Months of net burn a successful raise brings")
    @Range(min = 0, max = 1200)
    public double raiseMonths = 18;

    @Doc("Share of a raise taken as debt secured on GPU supply (the rest is equity)")
    @Range(min = 0, max = 1)
    public double debtShare = 0;

    @Doc("Compute capacity (consumer-usage users per week) bought per dollar of GPU-backed debt; arrives after investment.capexLagTicks, only for firms with limited capacity")
    @Range(min = 0, max = 1e6)
    public double capacityPerDebtDollar = 0;

    @Doc("Strength of the owner or backers in [0,1] (e.g. a deep-pocketed parent)")
    @Range(min = 0, max = 1)
    public double backerStrength = 0.5;

    @Doc("Logistic intercept of the raise success probability")
    @Range(min = -100, max = 100)
    public double intercept = -1;

    @Doc("Logistic weight of backerStrength")
    @Range(min = -100, max = 100)
    public double backerWeight = 3;

    @Doc("Logistic weight of the firm's share of all users")
    @Range(min = -100, max = 100)
    public double shareWeight = 10;

    @Doc("Logistic weight of revenue growth over the last decision period (relative)")
    @Range(min = -100, max = 100)
    public double growthWeight = 2;

    @Doc("Valuation = revenueMultiple x annualised revenue x (1 + max(0, revenue growth))")
    @Range(min = 0, max = 1000)
    public double revenueMultiple = 20;
}
