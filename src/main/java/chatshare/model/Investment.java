package chatshare.model;

import chatshare.config.InvestmentConfig;

/**
 * Quality and compute investment (MODEL.md 7.5-7.6); see {@link InvestmentConfig}. Weekly spend is
 * booked by the accounting step; quality moves on decision ticks; capex capacity arrives after
 * its lag through a small ring buffer per firm.
 */
final class Investment {
    private Investment() {
    }

    /** Weekly spend (accounting step): returns the amount to add to the week's costs. */
    static double spend(Firm f, int tick) {
        InvestmentConfig c = f.investment;
        double quality = c.qualityShare * f.revenueWeek;
        double capex = c.capexShare * f.revenueWeek;
        f.periodQualitySpend += quality;
        if (f.capacity > 0) {
            f.orderCapacity(capex * c.capacityPerDollar, tick, c.capexLagTicks);
        }
        return quality + capex;
    }

    /** Decision tick: diminishing returns to the period's quality spend. */
    static void improve(Firm f) {
        InvestmentConfig c = f.investment;
        f.quality += c.efficiency * Math.log1p(f.periodQualitySpend / c.scale);
        f.periodQualitySpend = 0;
    }

    /** Every tick: the frontier moves on and capacity ordered earlier arrives. */
    static void drift(Firm f, double frontierGrowth, int tick) {
        f.quality = Math.max(0, f.quality - frontierGrowth);
        f.receiveCapacity(tick);
    }
}
