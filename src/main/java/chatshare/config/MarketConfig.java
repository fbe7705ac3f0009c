package chatshare.config;

/** Time, randomness, parallelism and the social structure of the market. */
public class MarketConfig {
    @Doc("Master seed; every random stream is derived from it")
    public long seed = 1;

    @Doc("Calendar date of tick 0 (ISO yyyy-mm-dd); one tick is one week")
    public String start = "2024-01-01";

    @Doc("Number of weekly ticks to simulate")
    @Range(min = 1, max = 100_000_000)
    public int ticks = 104;

    @Doc("Demand: each agent draws its choice (agents), or every agent's exact logit probabilities are booked as expected demand, users' state held fixed (expected; mean-field only)")
    @OneOf({"agents", "expected"})
    public String demand = "agents";

    @Doc("Firms revise prices and filtering by their strategies every this many ticks")
    @Range(min = 1, max = 520)
    public int firmDecisionEvery = 1;

    @Doc("Firms review their financing (raise money, valuation) and turn quality spending into quality every this many ticks")
    @Range(min = 1, max = 520)
    public int financeEvery = 4;

    @Doc("First date (ISO yyyy-mm-dd) on which firms' strategies decide; before it prices and filtering are the config's and the dated events'. Empty: from the start")
    public String firmsAdaptFrom = "";

    @Doc("Worker threads for the user loop (0 = all cores); results do not depend on it")
    @Range(min = 0, max = 1024)
    public int threads = 0;

    @Doc("Social term and word of mouth: regional adoption shares (meanField) or small-world neighbours (network)")
    @OneOf({"meanField", "network"})
    public String social = "meanField";

    @Doc("Neighbours per user in network mode (Watts-Strogatz ring degree)")
    @Range(min = 2, max = 64)
    public int networkDegree = 8;

    @Doc("Watts-Strogatz rewiring probability of each neighbour link")
    @Range(min = 0, max = 1)
    public double rewiring = 0.1;

    @Doc("Initial choices: none (launch scenario) or one logit draw without the social term (logit)")
    @OneOf({"none", "logit"})
    public String initialChoice = "none";

    @Doc("Quality every firm loses per tick as the frontier moves on (firms that stop investing fall behind)")
    @Range(min = 0, max = 10)
    public double frontierGrowth = 0;

    @Doc("Marketing spend ($/week) that doubles a firm's base awareness rate")
    @Range(min = 1, max = 1e13)
    public double marketingScale = 10_000_000;
}
