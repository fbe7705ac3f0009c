package chatshare.model;

import chatshare.config.FinanceConfig;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Financing (MODEL.md 7.4-7.5): raise attempts when the runway is short or cash is gone, equity
 * or GPU-backed debt, and the valuation. See {@link FinanceConfig} for the rule. Writes the
 * firm's accounts and compute orders, and records each attempt.
 */
final class Finance {
    /** Occasions of a raise attempt; each draws from its own stream (firm, tick, occasion). */
    static final int EMERGENCY = 0;
    static final int DECISION = 1;

    private final Streams streams;
    private final EventLog log;
    /** The real population (agents x agent weight): shares are firm users over it. */
    private final double population;

    Finance(Streams streams, EventLog log, double population) {
        this.streams = streams;
        this.log = log;
        this.population = population;
    }

    static double successProbability(FinanceConfig c, double share, double revenueGrowth) {
        double z = c.intercept + c.backerWeight * c.backerStrength + c.shareWeight * share
                + c.growthWeight * revenueGrowth;
        return 1 / (1 + Exp.exp(-z));
    }

    /** On finance ticks: updates growth and valuation, and raises if the runway is short. */
    void review(Firm f, int tick) {
        FinanceConfig c = f.finance();
        f.accounts().revalue(f.week().revenue(), c.revenueMultiple);
        if (c.raiseBelowMonths > 0 && f.runwayMonths() < c.raiseBelowMonths) {
            tryToRaise(f, tick, "runway below " + c.raiseBelowMonths + " months", DECISION);
        }
    }

    /** One raise attempt; returns whether it succeeded. */
    boolean tryToRaise(Firm f, int tick, String why, int occasion) {
        FinanceConfig c = f.finance();
        if (c.raiseBelowMonths <= 0) {
            return false;
        }
        UniformRandomProvider rng = streams.stream(Streams.FINANCE, tick, 2L * f.index + occasion);
        Accounts a = f.accounts();
        Week w = f.week();
        double share = w.users() / population;
        double p = successProbability(c, share, a.revenueGrowth());
        // A raise covers the months of net burn, and at least the fixed burn when cash flow is positive.
        double burnMonth = UnitEconomics.monthly(Math.max(w.costs() - w.revenue(), f.weeklyBurn()));
        double amount = c.raiseMonths * burnMonth + Math.max(0, -a.cash());
        if (amount <= 0 || rng.nextDouble() >= p) {
            log.record(new EventRecord("raiseFailed", f.id, "", "", amount, why + "; p = " + round(p)));
            return false;
        }
        double debt = amount * c.debtShare;
        a.raise(amount, debt);
        if (f.compute().limited()) {
            f.compute().order(debt * c.capacityPerDebtDollar, tick, f.investment().capexLagTicks);
        }
        log.record(new EventRecord("raise", f.id, "", "", amount,
                why + "; debt " + round(debt) + ", equity " + round(amount - debt) + "; p = " + round(p)));
        return true;
    }

    private static String round(double x) {
        return String.format(java.util.Locale.ROOT, "%.4g", x);
    }
}
