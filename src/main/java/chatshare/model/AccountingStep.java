package chatshare.model;

import chatshare.config.SegmentsConfig;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 6 of MODEL.md §3: the weekly books of every firm (§7.4), from the demand in
 * O(types x firms):
 * revenue = paid users x price / 4.33 + API spend / 4.33 + ad revenue of merged platforms + their paid
 * tiers bought for the firm's assistant;
 * costs = served load x cost per user-week + fixed burn + marketing + interest + investment.
 * A firm whose cash falls below zero and fails to raise money exits; its users are stranded and
 * re-choose next tick. Reads the demand, this tick's prices and the platforms; writes each firm's
 * week, accounts and investment.
 */
final class AccountingStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Firm> firms;
    private final List<Platform> platforms;
    private final UserTypes types;
    private final Offers offers;
    private final Demand demand;
    private final double[] regionShares;
    private final double agentWeight;
    private final Finance finance;
    private final EventLog log;

    AccountingStep(List<Firm> firms, List<Platform> platforms, UserTypes types, Offers offers, Demand demand,
            double[] regionShares, double agentWeight, Finance finance, EventLog log) {
        this.firms = firms;
        this.platforms = platforms;
        this.types = types;
        this.offers = offers;
        this.demand = demand;
        this.regionShares = regionShares;
        this.agentWeight = agentWeight;
        this.finance = finance;
        this.log = log;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        for (Firm f : firms) {
            book(f, tick);
        }
        requireFinite(firms, tick);
    }

    private void book(Firm f, int tick) {
        Segments segments = offers.segments();
        int alts = offers.alternatives();
        int free = Firm.freeAlt(f.index);
        int paid = Firm.paidAlt(f.index);
        double users = 0;
        double paidUsers = 0;
        double freeUsers = 0;
        double apiUsers = 0;
        double load = 0;
        double spend = 0;
        double apiSpend = 0;
        double[] regionRevenue = new double[types.regions];
        for (int t = 0; t < types.count; t++) {
            int segment = types.segment(t);
            double onFree = demand.demand(t, free);
            double onPaid = demand.demand(t, paid);
            users += onFree + onPaid;
            freeUsers += onFree;
            if (segment == SegmentsConfig.ENTERPRISE) {
                apiUsers += onPaid;
            } else {
                paidUsers += onPaid;
            }
            load += (onFree + onPaid) * segments.usage(segment);
            double typeSpend = onPaid * offers.price[t * alts + paid];
            spend += typeSpend;
            if (segment == SegmentsConfig.ENTERPRISE) {
                apiSpend += typeSpend;
            }
            regionRevenue[types.region(t)] += typeSpend;
        }
        double w = agentWeight;
        double perWeek = f.active() ? UnitEconomics.weekly(w) : 0;
        for (int r = 0; r < regionRevenue.length; r++) {
            regionRevenue[r] *= perWeek;
        }
        if (!f.active()) {
            f.setWeek(new Week(users * w, paidUsers * w, freeUsers * w, apiUsers * w, load * w, 0, 0, 0, 0, 0,
                    regionRevenue));
            return;
        }
        double servedLoad = load * w;
        double apiRevenue = UnitEconomics.weekly(apiSpend * w);
        double adRevenue = adRevenue(f);
        double tierRevenue = tierRevenue(f);
        double revenue = UnitEconomics.weekly(spend * w) + adRevenue + tierRevenue;
        Accounts a = f.accounts();
        double costs = servedLoad * f.costPerUserWeek() + f.weeklyBurn() + f.marketingWeek()
                + a.debt() * f.interestRate() / 52 + Investment.spend(f, revenue, tick);
        f.setWeek(new Week(users * w, paidUsers * w, freeUsers * w, apiUsers * w, servedLoad, revenue, apiRevenue,
                adRevenue, tierRevenue, costs, regionRevenue));
        a.book(revenue, costs);
        if (a.cash() < 0 && !finance.tryToRaise(f, tick, "cash ran out", Finance.EMERGENCY)) {
            f.exit(tick, "cash ran out", log);
        }
    }

    /** Ad revenue of the platforms the firm merged with. */
    private double adRevenue(Firm f) {
        double total = 0;
        for (Platform p : platforms) {
            if (p.owner() == f.index) {
                total += p.adRevenueNow(regionShares);
            }
        }
        return total;
    }

    /**
     * Revenue of the paid tiers of the platforms the firm merged with, bought by their members who
     * use the firm's free plan (X Premium bought for Grok): weekly, scaled.
     */
    private double tierRevenue(Firm f) {
        double total = 0;
        int free = Firm.freeAlt(f.index);
        for (int p = 0; p < platforms.size(); p++) {
            Platform platform = platforms.get(p);
            if (platform.owner() != f.index || !platform.sellsTier()) {
                continue;
            }
            double members = 0;
            for (int t = 0; t < types.count; t++) {
                if ((types.platformMask(t) >>> p & 1) != 0) {
                    members += demand.demand(t, free);
                }
            }
            total += platform.subscriptionRevenueNow(members * agentWeight);
        }
        return total;
    }

    /**
     * Stops the run when a firm's accounts stop being numbers. Every config value is bounded, but
     * products of extreme values could still overflow; a NaN or infinity would then be written as
     * an empty cell, which in the outputs means "does not exist", so failing loudly is the only
     * honest outcome.
     */
    static void requireFinite(List<Firm> firms, int tick) {
        for (Firm f : firms) {
            Week w = f.week();
            Accounts a = f.accounts();
            // Flows first: they are where an overflow starts, the stocks inherit it.
            finite(f, tick, "revenue", w.revenue());
            finite(f, tick, "API revenue", w.apiRevenue());
            finite(f, tick, "ad revenue", w.adRevenue());
            finite(f, tick, "platform tier revenue", w.tierRevenue());
            finite(f, tick, "costs", w.costs());
            finite(f, tick, "cash", a.cash());
            finite(f, tick, "debt", a.debt());
            finite(f, tick, "profit", a.periodProfit());
            finite(f, tick, "valuation", a.valuation());
            finite(f, tick, "price", f.offer().price());
            finite(f, tick, "API price", f.offer().apiPrice());
            finite(f, tick, "quality", f.quality().level());
            finite(f, tick, "capacity", f.compute().capacity());
        }
    }

    private static void finite(Firm f, int tick, String quantity, double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("firm " + f.id + ", tick " + tick + ": " + quantity + " is " + value
                    + " (the config's values are too large together for the accounts; lower them)");
        }
    }
}
