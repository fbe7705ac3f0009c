package chatshare.model;

import chatshare.config.FirmConfig;
import chatshare.config.StrategyConfig;
import java.util.List;

/**
 * An assistant firm: its current offer (plans, prices, filtering, quality), money, and the
 * per-tick results the accounting step books. Few firms exist, so one object each is fine.
 */
public final class Firm {
    public static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    public final String id;
    public final String name;
    public final int index;
    /** Where the firm can be chosen now (configured regions less bans). */
    public final boolean[] availableIn;
    /** Where the firm chose to operate (FirmConfig.regions). */
    public final boolean[] configuredIn;
    public final boolean[] banned;
    /** Regulatory strikes by region. */
    public final int[] strikes;

    public boolean active = true;
    public int exitTick = -1;
    public boolean freePlan;
    public double quality;
    public double freeQuality;
    public double price;
    public double apiPrice;
    public double filtering;
    public double reputation;
    /** Reputation that controversies decay back to. */
    public double baseReputation;
    /** Extra regulatory attention after controversies: detection hazard x (1 + scrutiny). */
    public double scrutiny;
    public double exposure;
    /** Controversies from the timeline, applied by the regulation step like drawn ones. */
    int scheduledControversies;
    public double awarenessRate;
    public double wordOfMouth;
    public double cash;
    public double debt;
    public double interestRate;
    public double weeklyBurn;
    public double costPerUserWeek;
    public double marketingWeek;
    public double capacity;
    public double congestionPenalty;
    PricingStrategy pricing;
    PricingStrategy apiPricing;
    FilteringStrategy filteringStrategy;
    /** Adaptive filtering respects regional floors (comply) or leaves their regions (leave). */
    boolean adaptiveFiltering;
    /** The strategy keys in use (a copy after a setStrategy event). */
    StrategyConfig strategy;
    final boolean leavesRegionsAboveItsFiltering;
    final chatshare.config.FinanceConfig finance;
    final chatshare.config.InvestmentConfig investment;
    /** Quality investment booked since the last decision tick. */
    double periodQualitySpend;
    /** Capacity arriving at tick t is in slot t % length (length = capex lag + 1). */
    private final double[] capacityOnOrder;
    public double valuation;
    /** Relative change of weekly revenue over the last decision period. */
    public double revenueGrowth;
    double revenueAtDecision;
    /** Profit (revenue - costs) booked since the last decision tick. */
    public double periodProfit;
    /** {tick, paid price, API price, filtering} of the firm's last strategy decision (null before the first). */
    public double[] lastDecision;
    /** Change of the firm's share over the last decision period. */
    public double shareGain;
    double shareAtDecision;

    // Results of the last accounting step, scaled to the real population.
    public double users;
    public double paidUsers;
    public double freeUsers;
    public double apiUsers;
    public double load;
    /** All revenue: subscriptions + API + the ad revenue of merged platforms. */
    public double revenueWeek;
    /** The part of revenueWeek paid by API users (the enterprise segment). */
    public double apiRevenueWeek;
    /** The part of revenueWeek from the ads of platforms the firm merged with. */
    public double adRevenueWeek;
    /**
     * The part of revenueWeek from the paid tiers of platforms the firm merged with, bought by
     * members who use its free plan (X Premium bought for Grok); subscription revenue, not ads.
     */
    public double tierRevenueWeek;
    public final double[] regionRevenueWeek;
    public double costsWeek;

    public Firm(String id, int index, FirmConfig c, List<String> regionIds) {
        this.id = id;
        this.index = index;
        this.name = c.name.isEmpty() ? id : c.name;
        this.availableIn = new boolean[regionIds.size()];
        this.configuredIn = new boolean[regionIds.size()];
        this.banned = new boolean[regionIds.size()];
        this.strikes = new int[regionIds.size()];
        this.regionRevenueWeek = new double[regionIds.size()];
        for (int r = 0; r < availableIn.length; r++) {
            configuredIn[r] = c.regions.isEmpty() || c.regions.contains(regionIds.get(r));
            availableIn[r] = configuredIn[r];
        }
        freePlan = c.freePlan;
        quality = c.quality;
        freeQuality = c.freeQuality;
        price = c.price;
        apiPrice = c.apiPrice;
        filtering = c.filtering;
        reputation = c.reputation;
        baseReputation = c.reputation;
        exposure = c.exposure;
        awarenessRate = c.awarenessRate;
        wordOfMouth = c.wordOfMouth;
        cash = c.cash;
        debt = c.debt;
        interestRate = c.interestRate;
        weeklyBurn = c.weeklyBurn;
        costPerUserWeek = c.costPerUserWeek;
        marketingWeek = c.marketingWeek;
        capacity = c.capacity;
        congestionPenalty = c.congestionPenalty;
        finance = c.finance;
        investment = c.investment;
        capacityOnOrder = new double[c.investment.capexLagTicks + 1];
        active = c.launched;
        useStrategy(c.strategy);
        leavesRegionsAboveItsFiltering = c.strategy.floorPolicy.equals("leave");
    }

    /** Alternative index of this firm's free plan (0 is the outside option). */
    public static int freeAlt(int firm) {
        return 1 + 2 * firm;
    }

    /** Alternative index of the paid plan, or of the API for enterprise users. */
    public static int paidAlt(int firm) {
        return 2 + 2 * firm;
    }

    public static int firmOf(int alt) {
        return (alt - 1) / 2;
    }

    /** Replaces the pricing and/or filtering rule (empty = keep), with fresh strategy state. */
    void setStrategy(String pricingRule, String filteringRule) {
        StrategyConfig next = new com.google.gson.Gson().fromJson(new com.google.gson.Gson().toJson(strategy),
                StrategyConfig.class);
        next.pricing = pricingRule.isEmpty() ? strategy.pricing : pricingRule;
        next.filtering = filteringRule.isEmpty() ? strategy.filtering : filteringRule;
        useStrategy(next);
    }

    private void useStrategy(StrategyConfig next) {
        strategy = next;
        pricing = PricingStrategy.of(next);
        apiPricing = PricingStrategy.of(next);
        filteringStrategy = FilteringStrategy.of(next);
        adaptiveFiltering = !next.filtering.equals("fixed");
    }

    /** Orders capacity that arrives lag ticks from now. */
    void orderCapacity(double amount, int tick, int lag) {
        capacityOnOrder[(tick + lag) % capacityOnOrder.length] += amount;
    }

    /** Adds the capacity due at this tick. */
    void receiveCapacity(int tick) {
        int slot = tick % capacityOnOrder.length;
        capacity += capacityOnOrder[slot];
        capacityOnOrder[slot] = 0;
    }

    public String pricingRule() {
        return strategy.pricing;
    }

    public String filteringRule() {
        return strategy.filtering;
    }

    /** The last strategy decision in words, or "none yet". */
    public String lastDecisionText() {
        if (lastDecision == null) {
            return "none yet";
        }
        return String.format(java.util.Locale.ROOT, "tick %d: price %.2f, API price %.3f, filtering %.3f",
                (int) lastDecision[0], lastDecision[1], lastDecision[2], lastDecision[3]);
    }

    /** The pricing and filtering rules in use (a setStrategy event may have changed them). */
    public String strategyInUse() {
        return strategy.pricing + " pricing, " + strategy.filtering + " filtering";
    }

    public int totalStrikes() {
        int total = 0;
        for (int s : strikes) {
            total += s;
        }
        return total;
    }

    /** Share of compute capacity used by last tick's load (0 when capacity is unlimited). */
    public double capacityUse() {
        return capacity > 0 ? load / capacity : 0;
    }

    /** Paid-plan quality after the congestion penalty of MODEL.md 7.6. */
    public double effectiveQuality() {
        double overload = Math.max(0, capacityUse() - 1);
        return quality * Math.max(0, 1 - congestionPenalty * overload);
    }

    /** Activity-based awareness hazard a_j: the base rate, doubled per marketingScale of spend. */
    public double awarenessHazard(double marketingScale) {
        return Math.min(1, awarenessRate * (1 + marketingWeek / marketingScale));
    }

    /** Months of cash left at the current net burn; +infinity when cash flow is not negative. */
    public double runwayMonths() {
        double netBurnMonth = (costsWeek - revenueWeek) * WEEKS_PER_MONTH;
        return netBurnMonth > 0 ? Math.max(0, cash) / netBurnMonth : Double.POSITIVE_INFINITY;
    }
}
