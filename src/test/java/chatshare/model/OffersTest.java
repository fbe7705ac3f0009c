package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * Offers on its own: the utilities of one user against MODEL.md 7.1 written out by hand, and how
 * the tables respond to a price change, a firm leaving, awareness and habit.
 */
class OffersTest {
    private static Market market() {
        ExperimentConfig c = TestMarkets.pureLogit(200);
        c.firms.put("a", TestMarkets.firm(3, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(2, 10, 0.5));
        Market m = new Market(c, 5, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        return m;
    }

    private static double utilityOf(Market m, int user, int alternative) {
        double[] v = new double[m.offers().alternatives()];
        byte[] alt = new byte[m.offers().alternatives()];
        int n = m.offers().utilities(m.users(), user, 0, null, 0, v, alt);
        for (int k = 0; k < n; k++) {
            if (alt[k] == alternative) {
                return v[k];
            }
        }
        return Double.NaN;
    }

    @Test
    void aPaidPlanIsQualityTasteTimesQualityMinusPriceSensitivityTimesPrice() {
        Market m = market();
        Population u = m.users();
        for (int i = 0; i < 20; i++) {
            for (Firm f : m.firms()) {
                double expected = u.qualityTaste[i] * f.effectiveQuality() - u.priceSensitivity[i] * f.offer().price();
                assertEquals(expected, utilityOf(m, i, Firm.paidAlt(f.index)), 1e-12, "user " + i + ", firm " + f.id);
            }
            assertEquals(m.config().users.segments.consumer.outsideUtility, utilityOf(m, i, 0), 0.0, "outside option");
        }
    }

    @Test
    void aPriceChangeMovesOnlyThatPlanByPriceSensitivityTimesTheChange() {
        Market m = market();
        Firm a = m.firm("a");
        Firm b = m.firm("b");
        double beforeA = utilityOf(m, 3, Firm.paidAlt(a.index));
        double beforeB = utilityOf(m, 3, Firm.paidAlt(b.index));
        a.setOffer(a.offer().with(PriceLever.PAID, a.offer().price() + 4));
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        assertEquals(beforeA - 4 * m.users().priceSensitivity[3], utilityOf(m, 3, Firm.paidAlt(a.index)), 1e-12);
        assertEquals(beforeB, utilityOf(m, 3, Firm.paidAlt(b.index)), 0.0);
    }

    @Test
    void aFirmThatLeftOrIsUnknownIsNotInTheChoiceSet() {
        Market m = market();
        Firm a = m.firm("a");
        int type = m.users().type[0];
        assertTrue(m.offers().offers(type, Firm.paidAlt(a.index)));
        a.exit(m.tick(), "test", m.eventLog());
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        assertFalse(m.offers().offers(type, Firm.paidAlt(a.index)));
        assertTrue(Double.isNaN(utilityOf(m, 0, Firm.paidAlt(a.index))));

        Market fresh = market();
        fresh.users().aware[0] = 0; // aware of no firm: only the outside option
        assertEquals(1, fresh.offers().utilities(fresh.users(), 0, 0, null, 0, new double[5], new byte[5]));
    }

    @Test
    void habitGrowsWithTenureUpToTheLockIn() {
        Market m = market();
        int lockIn = m.config().users.lockInTicks;
        for (int tenure = 0; tenure <= lockIn; tenure++) {
            assertEquals(2.0 * tenure / lockIn, m.offers().habit(2.0, tenure), 1e-12, "tenure " + tenure);
        }
        assertEquals(2.0, m.offers().habit(2.0, 10 * lockIn), 1e-12, "no more habit after the lock-in");
    }
}
