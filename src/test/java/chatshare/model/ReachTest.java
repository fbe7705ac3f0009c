package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.SegmentsConfig;
import org.junit.jupiter.api.Test;

/**
 * A firm's reach by segment (issue 19, item 5): consumers and API buyers learn of firms through
 * different channels, so a firm can lead among enterprises and be unknown among consumers.
 */
class ReachTest {
    private static final int AGENTS = 40_000;

    /** Consumers and enterprise buyers, two firms; firm a known to a third of users and spreading. */
    private static ExperimentConfig market(double consumerReach) {
        ExperimentConfig c = TestMarkets.pureLogit(AGENTS);
        c.market.ticks = 20;
        c.users.segments.consumer.share = 0.7;
        c.users.segments.enterprise.share = 0.3;
        c.users.segments.enterprise.reviewProb = 1;
        c.users.segments.enterprise.tokensPerMonth = 1;
        c.users.segments.enterprise.outsideUtility = 0.5;
        c.users.segments.consumer.socialWeight = 1; // word of mouth and social pull are on
        c.firms.put("a", TestMarkets.firm(3, 10, 0.5));
        c.firms.put("b", TestMarkets.firm(3, 10, 0.5));
        c.firms.get("a").initialAwareness = 0.3;
        c.firms.get("a").awarenessRate = 0.02;
        c.firms.get("a").wordOfMouth = 0.5;
        c.firms.get("a").reach.consumer = consumerReach;
        return c;
    }

    /** {aware, users} agents of segment s for firm j. */
    private static int[] count(Market m, int s, int j) {
        int aware = 0;
        int users = 0;
        for (int i = 0; i < m.agents(); i++) {
            if (m.types().segment(m.users().type[i]) != s) {
                continue;
            }
            aware += m.users().aware[i] >>> j & 1;
            int c = m.users().choice[i];
            users += c != 0 && Firm.firmOf(c) == j ? 1 : 0;
        }
        return new int[] {aware, users};
    }

    private static int segmentSize(Market m, int s) {
        int n = 0;
        for (int i = 0; i < m.agents(); i++) {
            n += m.types().segment(m.users().type[i]) == s ? 1 : 0;
        }
        return n;
    }

    @Test
    void withNoConsumerReachAFirmHasNoConsumerAdoptersButKeepsItsApiUsers() {
        Market m = TestMarkets.run(market(0), 7, 2, (market, t) -> {
            assertEquals(0, count(market, 0, 0)[0], "no consumer hears of a, tick " + t);
        });
        int[] enterprise = count(m, SegmentsConfig.ENTERPRISE, 0);
        assertTrue(enterprise[1] > 0.2 * segmentSize(m, SegmentsConfig.ENTERPRISE), "a keeps its API users");
        assertTrue(count(m, 0, 1)[1] > 0.2 * segmentSize(m, 0), "consumers use b");
    }

    @Test
    void initialAwarenessInASegmentIsInitialAwarenessTimesReach() {
        for (double reach : new double[] {0.25, 0.7}) {
            ExperimentConfig c = market(reach);
            c.market.ticks = 0;
            Market m = new Market(c, 11, 1);
            m.start();
            int n = segmentSize(m, 0);
            double p = 0.3 * reach;
            assertEquals(p * n, count(m, 0, 0)[0], 5 * Math.sqrt(n * p * (1 - p)), "consumers, reach " + reach);
            int e = segmentSize(m, SegmentsConfig.ENTERPRISE);
            assertEquals(0.3 * e, count(m, SegmentsConfig.ENTERPRISE, 0)[0], 5 * Math.sqrt(e * 0.3 * 0.7),
                    "enterprise keeps the full initial awareness");
            m.finish();
        }
    }

    @Test
    void moreConsumerReachNeverLowersConsumerAdoptionWithPairedSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            int previous = -1;
            for (double reach : new double[] {0, 0.2, 0.5, 1}) {
                int users = count(TestMarkets.run(market(reach), seed, 1, (m, t) -> { }), 0, 0)[1];
                assertTrue(users > previous, "seed " + seed + ", reach " + reach + ": " + users + " after " + previous);
                previous = users;
            }
        }
    }
}
