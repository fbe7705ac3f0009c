package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * Accounting on its own: one week booked from tallies set by hand. Users, revenue and cash follow
 * MODEL.md 7.4 exactly: revenue is paid users x price / weeks per month, cash changes by revenue
 * minus costs, and a firm that has left books nothing.
 */
class AccountingTest {
    private static final int AGENTS = 1000;

    private static Market startedMarket() {
        ExperimentConfig c = TestMarkets.pureLogit(AGENTS);
        c.users.population = 5.0 * AGENTS; // one agent stands for five users
        c.firms.put("a", TestMarkets.firm(3, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(3, 10, 0.5));
        c.firms.get("a").weeklyBurn = 1000;
        Market m = new Market(c, 11, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        return m;
    }

    /** Moves n agents of the first populated type from the outside option to alternative alt; returns the type. */
    private static int move(Market m, int n, int alt) {
        for (int t = 0; t < m.types().count; t++) {
            if (m.tally().count(t, 0) >= n) {
                m.tally().add(t, 0, -n);
                m.tally().add(t, alt, n);
                return t;
            }
        }
        throw new AssertionError("no type with " + n + " agents outside");
    }

    @Test
    void usersRevenueAndCashFollowTheTallies() {
        Market m = startedMarket();
        Firm a = m.firm("a");
        Firm b = m.firm("b");
        int type = move(m, 300, Firm.paidAlt(a.index));
        move(m, 200, Firm.freeAlt(b.index));
        double cashA = a.accounts().cash();
        double cashB = b.accounts().cash();
        m.step(AccountingStep.class).step(m);

        double w = m.agentWeight();
        assertEquals(5.0, w);
        assertEquals(300 * w, a.week().users(), 1e-9);
        assertEquals(300 * w, a.week().paidUsers(), 1e-9);
        assertEquals(0, a.week().freeUsers());
        assertEquals(200 * w, b.week().users(), 1e-9);
        assertEquals(200 * w, b.week().freeUsers(), 1e-9);
        double price = m.offers().price[type * m.offers().alternatives() + Firm.paidAlt(a.index)];
        assertTrue(price > 0, "the paid plan has a price");
        assertEquals(300 * w * price / UnitEconomics.WEEKS_PER_MONTH, a.week().revenue(), 1e-6);
        assertEquals(0, b.week().revenue(), "free users pay nothing and there is no ad revenue");
        assertTrue(a.week().costs() >= 1000, "costs include the weekly burn");
        assertEquals(cashA + a.week().revenue() - a.week().costs(), a.accounts().cash(), 1e-6 * Math.abs(cashA));
        assertEquals(cashB + b.week().revenue() - b.week().costs(), b.accounts().cash(), 1e-6 * Math.abs(cashB));
        double regionRevenue = java.util.Arrays.stream(a.week().regionRevenue()).sum();
        assertEquals(a.week().revenue(), regionRevenue, 1e-6, "revenue by region adds up to the firm's");
    }

    @Test
    void aFirmThatLeftBooksNothingButItsStrandedUsersStillCount() {
        Market m = startedMarket();
        Firm a = m.firm("a");
        move(m, 100, Firm.paidAlt(a.index));
        a.exit(m.tick(), "test", m.eventLog());
        double cash = a.accounts().cash();
        m.step(AccountingStep.class).step(m);
        assertEquals(100 * m.agentWeight(), a.week().users(), 1e-9);
        assertEquals(0, a.week().revenue());
        assertEquals(0, a.week().costs());
        assertEquals(cash, a.accounts().cash());
    }

    @Test
    void anAccountThatStopsBeingANumberStopsTheRunNamingFirmAndQuantity() {
        Market m = startedMarket();
        m.firm("b").accounts().setCash(Double.POSITIVE_INFINITY);
        ArithmeticException e = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> AccountingStep.requireFinite(m.firms(), m.tick()));
        assertTrue(e.getMessage().startsWith("firm b, tick ") && e.getMessage().contains(": cash is Infinity"), e.getMessage());
    }
}
