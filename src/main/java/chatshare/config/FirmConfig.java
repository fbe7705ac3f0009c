package chatshare.config;

import java.util.ArrayList;
import java.util.List;

/** One assistant firm: plans, prices, filtering, quality, awareness, money and strategy. */
public class FirmConfig {
    @Doc("Display name (empty = the firm id)")
    public String name = "";

    @Doc("Owner or main backer (informational)")
    public String owner = "";

    @Doc("Quality index q of the paid plan (benchmark-like)")
    @Range(min = 0, max = 100)
    public double quality = 3;

    @Doc("Whether the firm offers a free plan to consumer and power users")
    public boolean freePlan = true;

    @Doc("Quality multiplier of the free plan")
    @Range(min = 0, max = 1)
    public double freeQuality = 0.6;

    @Doc("Monthly price of the paid plan ($)")
    @Range(min = 0, max = 1e6)
    public double price = 20;

    @Doc("API price per million tokens ($), paid by the enterprise segment")
    @Range(min = 0, max = 1e6)
    public double apiPrice = 3;

    @Doc("Filtering (moderation) level f: 0 = almost none, 1 = very restrictive")
    @Range(min = 0, max = 1)
    public double filtering = 0.5;

    @Doc("Reputation R (enters utility times the segment's reputationWeight)")
    @Range(min = -100, max = 100)
    public double reputation = 0;

    @Doc("Whether the firm is in the market from tick 0 (false: it enters with a launchFirm event)")
    public boolean launched = true;

    @Doc("Regions where the firm is available (empty = all)")
    public List<String> regions = new ArrayList<>();

    @Doc("Share of users aware of the firm at tick 0")
    @Range(min = 0, max = 1)
    public double initialAwareness = 0.1;

    @Doc("Base weekly probability a that an unaware user hears of the firm (Bass p)")
    @Range(min = 0, max = 1)
    public double awarenessRate = 0.01;

    @Doc("Word-of-mouth strength w (Bass q): awareness hazard from the share of friends using the firm")
    @Range(min = 0, max = 1)
    public double wordOfMouth = 0.2;

    @Doc("Reach of the firm's awareness channels by segment (initial awareness, marketing, word of mouth); 1 = everywhere alike")
    public ReachConfig reach = new ReachConfig();

    @Doc("Cash at tick 0 ($)")
    @Range(min = -1e13, max = 1e13)
    public double cash = 1e9;

    @Doc("Debt at tick 0 ($)")
    @Range(min = 0, max = 1e13)
    public double debt = 0;

    @Doc("Annual interest rate on debt")
    @Range(min = 0, max = 1)
    public double interestRate = 0.08;

    @Doc("Fixed weekly burn: training and staff ($/week)")
    @Range(min = 0, max = 1e12)
    public double weeklyBurn = 0;

    @Doc("Serving cost per user-week of a consumer-usage user ($)")
    @Range(min = 0, max = 1e4)
    public double costPerUserWeek = 0.05;

    @Doc("Marketing spend ($/week); raises the awareness rate")
    @Range(min = 0, max = 1e12)
    public double marketingWeek = 0;

    @Doc("Compute capacity in consumer-usage users served per week (0 = unlimited)")
    @Range(min = 0, max = 1e12)
    public double capacity = 0;

    @Doc("Quality lost per unit of overload: q_eff = q*(1 - penalty*(load/capacity - 1))")
    @Range(min = 0, max = 100)
    public double congestionPenalty = 0.5;

    @Doc("Exposure to controversies (scales the controversy hazard)")
    @Range(min = 0, max = 100)
    public double exposure = 1;

    public StrategyConfig strategy = new StrategyConfig();

    public FinanceConfig finance = new FinanceConfig();

    public InvestmentConfig investment = new InvestmentConfig();
}
