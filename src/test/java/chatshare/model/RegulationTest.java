package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.EventConfig;
import chatshare.config.ExperimentConfig;
import chatshare.config.RegulatorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.7: filtering floors, fines, strikes, bans, and controversies. */
class RegulationTest {
    private static final int US = 0;
    private static final int EU = 1;

    /** Two regions; the EU has a floor of 0.5 that "loose" (filtering 0.2) violates. */
    private static ExperimentConfig floorInEu(double hazard) {
        ExperimentConfig c = TestMarkets.usAndEuWithFloor(20_000, 0.5);
        c.firms.put("loose", TestMarkets.firm(3, 10, 0.2));
        c.firms.put("strict", TestMarkets.firm(3, 10, 0.8));
        c.firms.get("loose").freePlan = false;
        RegulatorConfig eu = c.regulators.get("EU");
        eu.hazard = hazard;
        eu.fineRate = 0.06;
        eu.strikes = 3;
        return c;
    }

    private static double regionShare(Market m, int firm, int region) {
        return m.metrics.regionFirmShareNow()[region][firm];
    }

    @Test
    void floorFinesOnlyInItsRegionThenBansAtTheStrikeLimit() {
        ExperimentConfig c = floorInEu(1);
        List<EventRecord> fines = new ArrayList<>();
        double[] euRevenue = new double[8];
        TestMarkets.run(c, 5, 2, (m, t) -> {
            Firm loose = m.firms().get(0);
            for (EventRecord e : m.events()) {
                if (e.type().equals("fine")) {
                    assertEquals("loose", e.firm(), "only the violating firm");
                    assertEquals("EU", e.region(), "only in the region with the floor");
                    double lastWeek = t == 0 ? 0 : euRevenue[t - 1]; // nothing is booked before tick 0
                    assertEquals(0.06 * 52 * lastWeek, e.amount(), 1e-6, "fine on annualised EU revenue");
                    fines.add(e);
                }
            }
            euRevenue[t] = loose.week().regionRevenue()[EU];
            assertEquals(t >= 2, loose.presence().bannedIn(EU), "banned from the third strike, tick " + t);
            assertFalse(loose.presence().bannedIn(US));
            if (t >= 2) {
                assertEquals(0, regionShare(m, 0, EU), "no EU user keeps a banned firm, tick " + t);
                assertTrue(regionShare(m, 0, US) > 0.1, "US users unaffected");
            }
        });
        assertEquals(3, fines.size(), "one fine per tick until the ban");
        assertTrue(fines.get(2).amount() > 0);
    }

    @Test
    void banEndsWhenTheFirmComplies() {
        ExperimentConfig c = floorInEu(1);
        EventConfig comply = new EventConfig();
        comply.type = "setFiltering";
        comply.firm = "loose";
        comply.value = 0.6;
        comply.tick = 5;
        c.events.add(comply);
        TestMarkets.run(c, 5, 1, (m, t) -> {
            Firm loose = m.firms().get(0);
            assertEquals(t >= 2 && t < 5, loose.presence().bannedIn(EU), "tick " + t);
            if (t >= 5) {
                assertTrue(loose.presence().availableIn(EU));
                assertEquals(0, loose.presence().strikes(EU));
                assertTrue(regionShare(m, 0, EU) > 0.1, "EU users come back, tick " + t);
            }
        });
    }

    @Test
    void detectionFollowsTheHazard() {
        ExperimentConfig c = floorInEu(0.3);
        c.regulators.get("EU").strikes = 1000;
        c.users.agents = 500;
        c.market.ticks = 600;
        int[] fines = new int[1];
        TestMarkets.run(c, 6, 1, (m, t) -> fines[0] += (int) m.events().stream()
                .filter(e -> e.type().equals("fine")).count());
        assertEquals(0.3 * 600, fines[0], 5 * Math.sqrt(600 * 0.3 * 0.7));
    }

    @Test
    void controversyHazardRisesAsFilteringFalls() {
        ExperimentConfig c = TestMarkets.pureLogit(500);
        c.market.ticks = 800;
        c.controversy.rate = 0.5;
        c.firms.put("none", TestMarkets.firm(3, 10, 0.0));
        c.firms.put("some", TestMarkets.firm(3, 10, 0.5));
        c.firms.put("full", TestMarkets.firm(3, 10, 1.0));
        int[] hits = new int[3];
        TestMarkets.run(c, 8, 1, (m, t) -> m.events().stream().filter(e -> e.type().equals("controversy"))
                .forEach(e -> hits[m.firm(e.firm()).index]++));
        double pNone = 0.5;
        double pSome = 0.5 * 0.25;
        assertEquals(800 * pNone, hits[0], 5 * Math.sqrt(800 * pNone * (1 - pNone)));
        assertEquals(800 * pSome, hits[1], 5 * Math.sqrt(800 * pSome * (1 - pSome)));
        assertEquals(0, hits[2], "full filtering never causes a controversy");
    }

    @Test
    void reputationRecoversWithTheHalfLife() {
        ExperimentConfig c = TestMarkets.pureLogit(1000);
        c.market.ticks = 20;
        c.controversy.reputationHit = 0.8;
        c.controversy.halfLifeTicks = 4;
        c.firms.put("a", TestMarkets.firm(3, 10, 0.2));
        c.firms.get("a").reputation = 0.3;
        EventConfig scandal = new EventConfig();
        scandal.type = "controversy";
        scandal.firm = "a";
        scandal.tick = 2;
        c.events.add(scandal);
        TestMarkets.run(c, 1, 1, (m, t) -> {
            double expected = t < 2 ? 0.3 : 0.3 - 0.8 * Math.pow(0.5, (t - 2) / 4.0);
            assertEquals(expected, m.firms().get(0).reputation().value(), 1e-12, "tick " + t);
            assertEquals(t == 2, m.events().stream().anyMatch(e -> e.type().equals("controversy")));
        });
    }
}
