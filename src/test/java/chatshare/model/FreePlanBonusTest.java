package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * A segment's free-plan bonus (users.segments.s.freePlanBonus) shifts the utility of every free
 * plan for that segment only: shares follow the closed-form logit with the shifted utility, and a
 * larger bonus moves users from paid to free plans.
 */
class FreePlanBonusTest {
    private static final int AGENTS = 40_000;

    /** One firm, free (quality 0.6 x 3) and paid ($10) plans, identical consumers who all review. */
    private static ExperimentConfig market(double bonus) {
        ExperimentConfig c = TestMarkets.pureLogit(AGENTS);
        c.market.ticks = 3;
        c.firms.put("a", TestMarkets.firm(3, 10, 0.5));
        c.users.segments.consumer.freePlanBonus = bonus;
        return c;
    }

    /** Agents on firm 0's {free, paid} plans. */
    private static int[] plans(Market m) {
        int[] n = new int[2];
        for (int i = 0; i < m.agents(); i++) {
            int c = m.users().choice[i];
            if (c == Firm.freeAlt(0)) {
                n[0]++;
            } else if (c == Firm.paidAlt(0)) {
                n[1]++;
            }
        }
        return n;
    }

    @Test
    void freePlanSharesFollowTheClosedFormLogitWithTheBonus() {
        double bonus = 1.2;
        // V_none = 0.5 (outside utility), V_free = 0.6 x 3 + bonus, V_paid = 3 - 0.1 x 10 (beta = 1, alpha = 0.1).
        double none = Math.exp(0.5);
        double free = Math.exp(1.8 + bonus);
        double paid = Math.exp(3 - 1);
        double total = none + free + paid;
        int[] n = plans(TestMarkets.run(market(bonus), 5, 2, (m, t) -> { }));
        double pFree = free / total;
        double pPaid = paid / total;
        assertEquals(pFree * AGENTS, n[0], 5 * Math.sqrt(AGENTS * pFree * (1 - pFree)));
        assertEquals(pPaid * AGENTS, n[1], 5 * Math.sqrt(AGENTS * pPaid * (1 - pPaid)));
    }

    @Test
    void aLargerBonusNeverRaisesPaidUsersAndOnlyItsSegmentFeelsIt() {
        int previous = Integer.MAX_VALUE;
        for (double bonus : new double[] {-1, 0, 1, 2}) {
            int paid = plans(TestMarkets.run(market(bonus), 9, 1, (m, t) -> { }))[1];
            assertTrue(paid < previous, "bonus " + bonus + ": " + paid + " paid after " + previous);
            previous = paid;
        }
        ExperimentConfig other = market(0);
        other.users.segments.power.freePlanBonus = 2; // a segment with no users here
        assertEquals(plans(TestMarkets.run(market(0), 9, 1, (m, t) -> { }))[1],
                plans(TestMarkets.run(other, 9, 1, (m, t) -> { }))[1], "another segment's bonus changes nothing");
    }
}
