package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.EventConfig;
import chatshare.config.ExperimentConfig;
import chatshare.config.PlatformConfig;
import chatshare.config.RegionConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The platform-tier channel (issue 19, item 1): after a platformMerger the firm books the
 * platform's paid tier (X Premium) bought by members who use its free plan.
 */
class PlatformTierTest {
    private static final double PRICE = 8;
    private static final double TAKE_UP = 0.25;
    private static final int MERGER_TICK = 5;

    private static ExperimentConfig market(double takeUp) {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.users.population = 1e6; // agents weigh 50 people: the channel must scale like the other revenue
        c.users.regions.clear();
        c.users.regions.put("US", new RegionConfig(0.5));
        c.users.regions.put("EU", new RegionConfig(0.5));
        c.users.segments.consumer.reviewProb = 0.3;
        c.market.ticks = 12;
        c.firms.put("a", TestMarkets.firm(3, 10, 0.5));
        c.firms.put("b", TestMarkets.firm(3, 10, 0.5));
        PlatformConfig x = new PlatformConfig();
        x.members.put("US", 0.6);
        x.members.put("EU", 0.2);
        x.adRevenueWeek = 1000;
        x.subscriptionPrice = PRICE;
        x.subscriptionTakeUp = takeUp;
        c.platforms.put("x", x);
        EventConfig merger = new EventConfig();
        merger.type = "platformMerger";
        merger.firm = "a";
        merger.platform = "x";
        merger.tick = MERGER_TICK;
        c.events.add(merger);
        return c;
    }

    /** Agents on firm j's free plan who are members of platform 0, counted on the users themselves. */
    private static int freePlanMembers(Market m, int firm) {
        int n = 0;
        for (int i = 0; i < m.agents(); i++) {
            if (m.users().choice[i] == Firm.freeAlt(firm) && (m.types().platformMask(m.users().type[i]) & 1) != 0) {
                n++;
            }
        }
        return n;
    }

    @Test
    void tierRevenueIsPriceTimesTakeUpTimesTheOwnersFreePlanUsersAmongMembers() {
        List<Double> booked = new ArrayList<>();
        TestMarkets.run(market(TAKE_UP), 3, 2, (m, t) -> {
            Firm a = m.firms().get(0);
            double expected = t < MERGER_TICK ? 0
                    : PRICE * TAKE_UP * freePlanMembers(m, 0) * m.agentWeight() / UnitEconomics.WEEKS_PER_MONTH;
            assertEquals(expected, a.week().tierRevenue(), 1e-9 * Math.max(1, expected), "tick " + t);
            assertEquals(0, m.firms().get(1).week().tierRevenue(), "a firm that owns no platform books none");
            // Subscription revenue, not ads: revenue minus the ads (the xai-own-revenue moment) keeps it.
            double own = a.week().revenue() - a.week().adRevenue();
            double plans = a.week().revenue() - a.week().adRevenue() - a.week().tierRevenue();
            assertEquals(plans + a.week().tierRevenue(), own, 1e-6);
            booked.add(a.week().tierRevenue());
        });
        assertTrue(booked.get(booked.size() - 1) > 0, "members use the free plan: " + booked);
    }

    @Test
    void theChannelIsAccountingOnlyAndRevenueRisesWithTakeUp() {
        Market without = TestMarkets.run(market(0), 4, 1, (m, t) -> { });
        Market with = TestMarkets.run(market(TAKE_UP), 4, 1, (m, t) -> { });
        Market more = TestMarkets.run(market(2 * TAKE_UP), 4, 1, (m, t) -> { });
        assertArrayEquals(without.users().choice, with.users().choice, "nobody chooses differently");
        Firm a0 = without.firms().get(0);
        Firm a1 = with.firms().get(0);
        Firm a2 = more.firms().get(0);
        assertEquals(0, a0.week().tierRevenue());
        assertEquals(a0.week().revenue() + a1.week().tierRevenue(), a1.week().revenue(), 1e-6, "the tier revenue comes on top");
        assertEquals(2 * a1.week().tierRevenue(), a2.week().tierRevenue(), 1e-6 * a2.week().tierRevenue(), "linear in the take-up");
        assertTrue(a1.week().tierRevenue() > 0);
    }
}
