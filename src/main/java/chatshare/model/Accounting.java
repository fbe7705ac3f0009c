package chatshare.model;

import chatshare.config.SegmentsConfig;

/**
 * Weekly books of every firm (MODEL.md 7.4), from the tallies in O(types x firms):
 * revenue = paid users x price / 4.33 + API spend / 4.33 + ad revenue of merged platforms + their paid
 * tiers bought for the firm's assistant;
 * costs = served load x cost per user-week + fixed burn + marketing + interest + investment.
 * A firm whose cash falls below zero and fails to raise money exits; its users are stranded and
 * re-choose next tick.
 */
final class Accounting {
    private Accounting() {
    }

    /** Ad revenue of the platforms the firm merged with. */
    private static double adRevenue(Market m, Firm f) {
        double total = 0;
        for (Platform p : m.platforms) {
            if (p.owner == f.index) {
                total += p.adRevenueNow(m.regionShares);
            }
        }
        return total;
    }

    /**
     * Revenue of the paid tiers of the platforms the firm merged with, bought by their members who
     * use the firm's free plan (X Premium bought for Grok): weekly, scaled.
     */
    private static double tierRevenue(Market m, Firm f) {
        double total = 0;
        int free = Firm.freeAlt(f.index);
        for (int p = 0; p < m.platforms.size(); p++) {
            Platform platform = m.platforms.get(p);
            if (platform.owner != f.index || platform.subscriptionPrice * platform.subscriptionTakeUp == 0) {
                continue;
            }
            double members = 0;
            for (int t = 0; t < m.types.count; t++) {
                if ((m.types.platformMask(t) >>> p & 1) != 0) {
                    members += m.demand(t, free);
                }
            }
            total += platform.subscriptionRevenueNow(members * m.agentWeight);
        }
        return total;
    }

    static void book(Market m) {
        double[] usage = m.config.users.segments.inOrder().stream().mapToDouble(s -> s.usage).toArray();
        int alts = m.offers.alternatives();
        for (Firm f : m.firms) {
            int free = Firm.freeAlt(f.index);
            int paid = Firm.paidAlt(f.index);
            double users = 0;
            double paidUsers = 0;
            double freeUsers = 0;
            double apiUsers = 0;
            double load = 0;
            double spend = 0;
            double apiSpend = 0;
            java.util.Arrays.fill(f.regionRevenueWeek, 0);
            for (int t = 0; t < m.types.count; t++) {
                int segment = m.types.segment(t);
                double onFree = m.demand(t, free);
                double onPaid = m.demand(t, paid);
                users += onFree + onPaid;
                freeUsers += onFree;
                if (segment == SegmentsConfig.ENTERPRISE) {
                    apiUsers += onPaid;
                } else {
                    paidUsers += onPaid;
                }
                load += (onFree + onPaid) * usage[segment];
                double typeSpend = onPaid * m.offers.price[t * alts + paid];
                spend += typeSpend;
                if (segment == SegmentsConfig.ENTERPRISE) {
                    apiSpend += typeSpend;
                }
                f.regionRevenueWeek[m.types.region(t)] += typeSpend;
            }
            double w = m.agentWeight;
            for (int r = 0; r < f.regionRevenueWeek.length; r++) {
                f.regionRevenueWeek[r] *= f.active ? w / Firm.WEEKS_PER_MONTH : 0;
            }
            f.users = users * w;
            f.paidUsers = paidUsers * w;
            f.freeUsers = freeUsers * w;
            f.apiUsers = apiUsers * w;
            f.load = load * w;
            if (!f.active) {
                f.revenueWeek = 0;
                f.apiRevenueWeek = 0;
                f.adRevenueWeek = 0;
                f.tierRevenueWeek = 0;
                f.costsWeek = 0;
                continue;
            }
            f.apiRevenueWeek = apiSpend * w / Firm.WEEKS_PER_MONTH;
            f.adRevenueWeek = adRevenue(m, f);
            f.tierRevenueWeek = tierRevenue(m, f);
            f.revenueWeek = spend * w / Firm.WEEKS_PER_MONTH + f.adRevenueWeek + f.tierRevenueWeek;
            f.costsWeek = f.load * f.costPerUserWeek + f.weeklyBurn + f.marketingWeek
                    + f.debt * f.interestRate / 52 + Investment.spend(f, m.tick());
            f.cash += f.revenueWeek - f.costsWeek;
            f.periodProfit += f.revenueWeek - f.costsWeek;
            if (f.cash < 0 && !Finance.tryToRaise(m, f, "cash ran out", Finance.EMERGENCY)) {
                m.exit(f, "cash ran out");
            }
        }
        requireFinite(m);
    }

    /**
     * Stops the run when a firm's accounts stop being numbers. Every config value is bounded, but
     * products of extreme values could still overflow; a NaN or infinity would then be written as
     * an empty cell, which in the outputs means "does not exist", so failing loudly is the only
     * honest outcome.
     */
    static void requireFinite(Market m) {
        for (Firm f : m.firms) {
            // Flows first: they are where an overflow starts, the stocks inherit it.
            finite(m, f, "revenue", f.revenueWeek);
            finite(m, f, "API revenue", f.apiRevenueWeek);
            finite(m, f, "ad revenue", f.adRevenueWeek);
            finite(m, f, "platform tier revenue", f.tierRevenueWeek);
            finite(m, f, "costs", f.costsWeek);
            finite(m, f, "cash", f.cash);
            finite(m, f, "debt", f.debt);
            finite(m, f, "profit", f.periodProfit);
            finite(m, f, "valuation", f.valuation);
            finite(m, f, "price", f.price);
            finite(m, f, "API price", f.apiPrice);
            finite(m, f, "quality", f.quality);
            finite(m, f, "capacity", f.capacity);
        }
    }

    private static void finite(Market m, Firm f, String quantity, double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("firm " + f.id + ", tick " + m.tick() + ": " + quantity + " is " + value
                    + " (the config's values are too large together for the accounts; lower them)");
        }
    }
}
