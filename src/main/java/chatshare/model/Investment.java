package chatshare.model;

import chatshare.config.InvestmentConfig;

/**
 * Quality and compute investment (MODEL.md 7.5-7.6); see {@link InvestmentConfig}. Weekly spend is
 * booked by the accounting step; quality moves on finance ticks; capex capacity arrives after its
 * lag (Compute).
 */
final class Investment {
    private Investment() {
    }

    /** Weekly spend out of this week's revenue (accounting step): returns the amount to add to the week's costs. */
    static double spend(Firm f, double revenueWeek, int tick) {
        InvestmentConfig c = f.investment();
        double quality = c.qualityShare * revenueWeek;
        double capex = c.capexShare * revenueWeek;
        f.quality().spend(quality);
        if (f.compute().limited()) {
            f.compute().order(capex * c.capacityPerDollar, tick, c.capexLagTicks);
        }
        return quality + capex;
    }

    /** Finance tick: diminishing returns to the period's quality spend. */
    static void improve(Firm f) {
        f.quality().improve(f.investment().efficiency, f.investment().scale);
    }

    /** Every tick: the frontier moves on and capacity ordered earlier arrives. */
    static void drift(Firm f, double frontierGrowth, int tick) {
        f.quality().fallBehind(frontierGrowth);
        f.compute().receive(tick);
    }
}
