package chatshare.config;

/** How a firm revises its decisions every market.firmDecisionEvery ticks (MODEL.md 7.5). */
public class StrategyConfig {
    @Doc("Pricing strategy, applied to the paid-plan price and, separately, to the API price")
    @OneOf({"fixed", "hillClimb", "bestResponse", "penetration", "qLearning"})
    public String pricing = "fixed";

    @Doc("hillClimb: relative price step (a step moves the price by this fraction)")
    @Range(min = 0.001, max = 1)
    public double priceStep = 0.1;

    @Doc("hillClimb: factor applied to the step each time profit fell and the direction reverses")
    @Range(min = 0.05, max = 1)
    public double stepShrink = 0.5;

    @Doc("Lowest paid-plan price any strategy may set ($/month)")
    @Range(min = 0, max = 1e6)
    public double minPrice = 1;

    @Doc("Highest paid-plan price any strategy may set ($/month)")
    @Range(min = 0, max = 1e6)
    public double maxPrice = 200;

    @Doc("Lowest API price any strategy may set ($ per million tokens)")
    @Range(min = 0, max = 1e6)
    public double minApiPrice = 0.05;

    @Doc("Highest API price any strategy may set ($ per million tokens)")
    @Range(min = 0, max = 1e6)
    public double maxApiPrice = 100;

    @Doc("bestResponse: number of evenly spaced prices evaluated between the lowest and highest price")
    @Range(min = 2, max = 1000)
    public int gridPoints = 40;

    @Doc("bestResponse: decisions between searches of the whole price grid; the decisions in between search only the move window [p / (1 + maxPriceMove), p (1 + maxPriceMove)]")
    @Range(min = 1, max = 520)
    public int gridEvery = 13;

    @Doc("bestResponse: relative tolerance of the refinement (Brent's method) after the grid")
    @Range(min = 1e-6, max = 0.01)
    public double priceTolerance = 0.001;

    @Doc("bestResponse: largest relative price move per decision (the price moves toward the best response by at most this fraction)")
    @Range(min = 0.001, max = 10)
    public double maxPriceMove = 0.1;

    @Doc("bestResponse: the price stays when the best response differs from it by less than this fraction (menu cost)")
    @Range(min = 0, max = 0.5)
    public double priceThreshold = 0.002;

    @Doc("hillClimb: ticks of profit read per step; the price is held this long, then the mean weekly profit of the window is compared with the previous window's")
    @Range(min = 1, max = 52)
    public int profitWindow = 4;

    @Doc("demandSeeking: absolute tolerance of the filtering refinement (Brent's method) after the three levels")
    @Range(min = 1e-6, max = 0.05)
    public double filteringTolerance = 0.001;

    @Doc("bestResponse and demandSeeking: users in the fixed random sample they evaluate, per stratum (paid-plan users; API users)")
    @Range(min = 1, max = 10_000_000)
    public int sampleSize = 1_000;

    @Doc("penetration: share of all users to reach before switching to hillClimb")
    @Range(min = 0, max = 1)
    public double penetrationShare = 0.05;

    @Doc("penetration: price as a fraction of the monthly serving cost of a user until the share target")
    @Range(min = 0, max = 1)
    public double penetrationPrice = 0.5;

    @Doc("qLearning: prices in the grid, evenly spaced from pN - xi (pM - pN) to pM + xi (pM - pN) (pN, pM: one-shot Nash and joint-profit prices)")
    @Range(min = 2, max = 50)
    public int qPrices = 15;

    @Doc("qLearning: grid extension xi beyond the Nash and joint-profit prices")
    @Range(min = 0, max = 1)
    public double qGridExtension = 0.1;

    @Doc("qLearning: decisions remembered in the state (the grid prices of every learning firm in each)")
    @Range(min = 1, max = 2)
    public int qMemory = 1;

    @Doc("qLearning: learning rate alpha of the Q update")
    @Range(min = 0.001, max = 1)
    public double qLearningRate = 0.15;

    @Doc("qLearning: exploration decay beta; decision t explores (a uniform random price) with probability exp(-beta t)")
    @Range(min = 0, max = 1)
    public double qExplorationDecay = 4e-6;

    @Doc("qLearning: discount factor delta per decision")
    @Range(min = 0, max = 0.999)
    public double qDiscount = 0.95;

    @Doc("qLearning: converged when no greedy price of any state changed for this many decisions; a run stops once every learning firm has converged")
    @Range(min = 1, max = 100_000_000)
    public int qConvergence = 100_000;

    @Doc("Filtering strategy")
    @OneOf({"fixed", "imitate", "demandSeeking"})
    public String filtering = "fixed";

    @Doc("imitate and demandSeeking: largest change of filtering per decision")
    @Range(min = 0, max = 1)
    public double filteringStep = 0.05;

    @Doc("Under a regional floor: comply (never go below the highest floor) or leave the regions whose floor is above the chosen filtering")
    @OneOf({"comply", "leave"})
    public String floorPolicy = "comply";
}
