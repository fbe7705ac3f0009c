package chatshare.model;

import chatshare.config.FinanceConfig;
import chatshare.config.FirmConfig;
import chatshare.config.InvestmentConfig;
import java.util.List;

/**
 * An assistant firm: its offer, quality, money, compute, reputation, where it operates, its
 * strategies, and the results of the last accounting step. Each part of its state is a small
 * object owned by the step that changes it (Accounts by accounting and financing, Quality by
 * investment, Compute by investment and financing, Reputation and Presence by regulation,
 * Strategies and the offer by decisions); other packages only read. Parameters that nothing but
 * a live edit changes (burn, serving cost, marketing, awareness, interest, congestion, the free
 * plan) are read from the run's config, so a live edit has one place to land.
 */
public final class Firm {
    public final String id;
    public final String name;
    public final int index;
    private final FirmConfig config;
    private final Accounts accounts;
    private final Quality quality;
    private final Compute compute;
    private final Reputation reputation;
    private final Presence presence;
    private final Strategies strategies;
    private Offer offer;
    private boolean active;
    private int exitTick = -1;
    private Week week;

    /** c is the run's own copy of the firm's config (live edits change it). */
    Firm(String id, int index, FirmConfig c, List<String> regionIds) {
        this.id = id;
        this.index = index;
        this.name = c.name.isEmpty() ? id : c.name;
        this.config = c;
        this.offer = new Offer(c.price, c.apiPrice, c.filtering);
        this.accounts = new Accounts(c.cash, c.debt);
        this.quality = new Quality(c.quality);
        this.compute = new Compute(c.capacity, c.investment.capexLagTicks);
        this.reputation = new Reputation(c.reputation);
        this.presence = new Presence(c.regions, regionIds);
        this.strategies = new Strategies(c.strategy);
        this.active = c.launched;
        this.week = Week.none(regionIds.size());
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

    public Offer offer() {
        return offer;
    }

    void setOffer(Offer next) {
        offer = next;
    }

    public boolean active() {
        return active;
    }

    /** Tick of the firm's exit, or -1 while it has not exited. */
    public int exitTick() {
        return exitTick;
    }

    /** Leaves the market for good at this tick (even if it never launched); its users re-choose. */
    void exit(int tick, String reason, EventLog log) {
        if (exitTick >= 0) {
            return;
        }
        active = false;
        exitTick = tick;
        log.record(new EventRecord("exit", id, "", "", accounts.cash(), reason));
    }

    /** Enters the market (a launch event); false when it has exited already and stays out. */
    boolean launch() {
        if (exitTick >= 0) {
            return false;
        }
        active = true;
        return true;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Quality quality() {
        return quality;
    }

    public Compute compute() {
        return compute;
    }

    public Reputation reputation() {
        return reputation;
    }

    public Presence presence() {
        return presence;
    }

    public Strategies strategies() {
        return strategies;
    }

    /** The results of the last accounting step. */
    public Week week() {
        return week;
    }

    void setWeek(Week w) {
        week = w;
    }

    public boolean freePlan() {
        return config.freePlan;
    }

    /** Quality multiplier of the free plan. */
    public double freeQuality() {
        return config.freeQuality;
    }

    public double costPerUserWeek() {
        return config.costPerUserWeek;
    }

    public double weeklyBurn() {
        return config.weeklyBurn;
    }

    public double marketingWeek() {
        return config.marketingWeek;
    }

    public double interestRate() {
        return config.interestRate;
    }

    public double wordOfMouth() {
        return config.wordOfMouth;
    }

    /** Weight of the firm's controversy risk (MODEL.md 7.7). */
    public double exposure() {
        return config.exposure;
    }

    FinanceConfig finance() {
        return config.finance;
    }

    InvestmentConfig investment() {
        return config.investment;
    }

    /** Share of compute capacity used by last tick's load (0 when capacity is unlimited). */
    public double capacityUse() {
        return compute.use(week.load());
    }

    /** Paid-plan quality after the congestion penalty of MODEL.md 7.6. */
    public double effectiveQuality() {
        double overload = Math.max(0, capacityUse() - 1);
        return quality.level() * Math.max(0, 1 - config.congestionPenalty * overload);
    }

    /** Activity-based awareness hazard a_j: the base rate, doubled per marketingScale of spend. */
    public double awarenessHazard(double marketingScale) {
        return Math.min(1, config.awarenessRate * (1 + config.marketingWeek / marketingScale));
    }

    /** Months of cash left at the current net burn; +infinity when cash flow is not negative. */
    public double runwayMonths() {
        double netBurnMonth = UnitEconomics.monthly(week.costs() - week.revenue());
        return netBurnMonth > 0 ? Math.max(0, accounts.cash()) / netBurnMonth : Double.POSITIVE_INFINITY;
    }
}
