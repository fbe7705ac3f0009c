package chatshare.model;

import chatshare.config.FinanceConfig;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Financing (MODEL.md 7.4-7.5): raise attempts when the runway is short or cash is gone, equity
 * or GPU-backed debt, and the valuation. See {@link FinanceConfig} for the rule.
 */
final class Finance {
    private Finance() {
    }

    static double successProbability(FinanceConfig c, double share, double revenueGrowth) {
        double z = c.intercept + c.backerWeight * c.backerStrength + c.shareWeight * share
                + c.growthWeight * revenueGrowth;
        return 1 / (1 + Exp.exp(-z));
    }

    /** On decision ticks: updates growth and valuation, and raises if the runway is short. */
    static void review(Market m, Firm f) {
        FinanceConfig c = f.finance;
        double annualRevenue = f.revenueWeek * 52;
        f.revenueGrowth = f.revenueAtDecision > 0 ? f.revenueWeek / f.revenueAtDecision - 1 : 0;
        f.revenueAtDecision = f.revenueWeek;
        f.valuation = c.revenueMultiple * annualRevenue * (1 + Math.max(0, f.revenueGrowth));
        if (c.raiseBelowMonths > 0 && f.runwayMonths() < c.raiseBelowMonths) {
            tryToRaise(m, f, "runway below " + c.raiseBelowMonths + " months", DECISION);
        }
    }

    /** Occasions of a raise attempt; each draws from its own stream (firm, tick, occasion). */
    static final int EMERGENCY = 0;
    static final int DECISION = 1;

    /** One raise attempt; returns whether it succeeded. */
    static boolean tryToRaise(Market m, Firm f, String why, int occasion) {
        FinanceConfig c = f.finance;
        if (c.raiseBelowMonths <= 0) {
            return false;
        }
        UniformRandomProvider rng = m.streams.stream(Streams.FINANCE, m.tick(), 2L * f.index + occasion);
        double share = f.users / (m.agents() * m.agentWeight);
        double p = successProbability(c, share, f.revenueGrowth);
        // A raise covers the months of net burn, and at least the fixed burn when cash flow is positive.
        double burnMonth = Math.max(f.costsWeek - f.revenueWeek, f.weeklyBurn) * Firm.WEEKS_PER_MONTH;
        double amount = c.raiseMonths * burnMonth + Math.max(0, -f.cash);
        if (amount <= 0 || rng.nextDouble() >= p) {
            m.record(new EventRecord("raiseFailed", f.id, "", "", amount, why + "; p = " + round(p)));
            return false;
        }
        double debt = amount * c.debtShare;
        f.cash += amount;
        f.debt += debt;
        if (f.capacity > 0) {
            f.orderCapacity(debt * c.capacityPerDebtDollar, m.tick(), f.investment.capexLagTicks);
        }
        m.record(new EventRecord("raise", f.id, "", "", amount,
                why + "; debt " + round(debt) + ", equity " + round(amount - debt) + "; p = " + round(p)));
        return true;
    }

    private static String round(double x) {
        return String.format(java.util.Locale.ROOT, "%.4g", x);
    }
}
