package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.BundleConfig;
import chatshare.config.EventConfig;
import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.config.PlatformConfig;
import chatshare.config.RegionConfig;
import chatshare.config.RegulatorConfig;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.8: scheduled events apply at the right tick and do what they say. */
class TimelineTest {
    private static EventConfig event(String type, String firm, Double value) {
        EventConfig e = new EventConfig();
        e.type = type;
        e.firm = firm;
        e.value = value;
        return e;
    }

    private static ExperimentConfig twoFirms() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.start = "2024-01-01";
        c.market.ticks = 12;
        c.market.firmDecisionEvery = 4; // decision ticks 3, 7, 11, as these tests count them
        c.firms.put("a", TestMarkets.firm(3, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(3, 20, 0.5));
        return c;
    }

    @Test
    void datesMapToTheTickOfTheirWeek() {
        LocalDate start = LocalDate.parse("2024-01-01");
        EventConfig e = new EventConfig();
        for (String[] dateTick : new String[][] {{"2024-01-01", "0"}, {"2024-01-07", "0"}, {"2024-01-08", "1"},
            {"2024-03-01", "8"}, {"2024-12-31", "52"}}) {
            e.date = dateTick[0];
            assertEquals(Integer.parseInt(dateTick[1]), Timeline.tickOf(e, start), dateTick[0]);
        }
        e.date = "";
        e.tick = 5;
        assertEquals(5, Timeline.tickOf(e, start));
    }

    @Test
    void datedPriceChangeAppliesFromItsWeek() {
        ExperimentConfig c = twoFirms();
        EventConfig e = event("setPrice", "a", 35.0);
        e.date = "2024-03-01"; // tick 8
        c.events.add(e);
        TestMarkets.run(c, 1, 1, (m, t) -> {
            assertEquals(t < 8 ? 20 : 35, m.firms().get(0).offer().price(), "tick " + t);
            assertEquals(t == 8, m.events().stream().anyMatch(r -> r.type().equals("setPrice")), "logged at " + t);
        });
    }

    @Test
    void exitEventMovesEveryUserInTheSameTick() {
        ExperimentConfig c = twoFirms();
        EventConfig e = event("exitFirm", "a", null);
        e.tick = 3;
        c.events.add(e);
        TestMarkets.run(c, 1, 2, (m, t) -> {
            if (t < 3) {
                assertTrue(TestMarkets.share(m, 0) > 0.1, "users before the exit");
            } else {
                assertFalse(m.firms().get(0).active());
                assertEquals(0, TestMarkets.share(m, 0), "tick " + t);
            }
        });
    }

    /** Two firms; a has $1000, no revenue, 52% interest a year, and borrows $5000 of the given kind at tick 2. */
    private static ExperimentConfig loanAtTickTwo(String kind) {
        ExperimentConfig c = twoFirms();
        c.firms.get("a").cash = 1000;
        c.firms.get("a").price = 0;
        c.firms.get("a").interestRate = 0.52;
        EventConfig e = event("funding", "a", null);
        e.tick = 2;
        e.amount = 5000.0;
        e.kind = kind;
        c.events.add(e);
        return c;
    }

    @Test
    void fundingAddsCashAndDebtWithInterest() {
        TestMarkets.run(loanAtTickTwo("debt"), 1, 1, (m, t) -> {
            Firm a = m.firms().get(0);
            // Interest is debt x 0.52 / 52 = 1% of debt per week, booked from the tick of the loan.
            double expected = t < 2 ? 1000 : 6000 - 50.0 * (t - 1);
            assertEquals(expected, a.accounts().cash(), 1e-9, "tick " + t);
            assertEquals(t < 2 ? 0 : 5000, a.accounts().debt());
        });
    }

    @Test
    void gpuDebtAddsDebtAndCapacityButNoFreeCash() {
        ExperimentConfig c = loanAtTickTwo("gpuDebt");
        FirmConfig a = c.firms.get("a");
        a.capacity = 100;
        a.finance.capacityPerDebtDollar = 0.01;
        a.investment.capexLagTicks = 1;
        TestMarkets.run(c, 1, 1, (m, t) -> {
            Firm f = m.firms().get(0);
            // The loan is spent on GPUs at once: cash only pays its interest (1% of debt a week).
            double expected = t < 2 ? 1000 : 1000 - 50.0 * (t - 1);
            assertEquals(expected, f.accounts().cash(), 1e-9, "tick " + t);
            assertEquals(t < 2 ? 0 : 5000, f.accounts().debt());
            // 5000 x 0.01 = 50 users of capacity arrive capexLagTicks after the loan.
            assertEquals(t < 3 ? 100 : 150, f.compute().capacity(), 1e-9, "tick " + t);
        });
    }

    private static ExperimentConfig withPlatform() {
        ExperimentConfig c = twoFirms();
        c.users.regions.put("ALL", new RegionConfig(0.5));
        c.users.regions.put("EU", new RegionConfig(0.5));
        c.firms.get("a").initialAwareness = 0.2;
        PlatformConfig x = new PlatformConfig();
        x.members.put("ALL", 0.5);
        x.members.put("EU", 0.5);
        c.platforms.put("x", x);
        return c;
    }

    private static int[] members(Market m, int platform) {
        int[] count = new int[m.types().regions];
        for (int i = 0; i < m.agents(); i++) {
            int t = m.users().type[i];
            if ((m.types().platformMask(t) >>> platform & 1) != 0) {
                count[m.types().region(t)]++;
            }
        }
        return count;
    }

    @Test
    void platformShockScalesMembershipInItsRegionOnly() {
        ExperimentConfig c = withPlatform();
        EventConfig e = event("platformShock", "", 0.5);
        e.firm = "";
        e.platform = "x";
        e.region = "EU";
        e.tick = 4;
        c.events.add(e);
        int[][] before = new int[1][];
        Market m = TestMarkets.run(c, 2, 2, (market, t) -> {
            if (t == 3) {
                before[0] = members(market, 0);
            }
        });
        int[] after = members(m, 0);
        assertEquals(before[0][0], after[0], "other region untouched");
        double expected = before[0][1] * 0.5;
        assertEquals(expected, after[1], 5 * Math.sqrt(before[0][1] * 0.25), "half the EU members stay");
        assertEquals(0.25, m.platforms().get(0).members(1), 1e-12);
        long tallied = 0;
        for (int t = 0; t < m.types().count; t++) {
            for (int a = 0; a < m.offers().alternatives(); a++) {
                tallied += m.tally().count(t, a);
            }
        }
        assertEquals(m.agents(), tallied, "tallies follow users across types");
        assertArrayEquals(after, members(TestMarkets.run(c, 2, 1, (market, t) -> { }), 0), "thread-independent");
    }

    @Test
    void promotionMakesEveryMemberAwareAndNobodyElse() {
        ExperimentConfig c = withPlatform();
        EventConfig e = event("platformPromotion", "a", null);
        e.platform = "x";
        e.tick = 1;
        c.events.add(e);
        Market m = TestMarkets.run(c, 3, 2, (market, t) -> { });
        int membersUnaware = 0;
        int others = 0;
        int othersAware = 0;
        for (int i = 0; i < m.agents(); i++) {
            boolean member = (m.types().platformMask(m.users().type[i]) & 1) != 0;
            boolean aware = (m.users().aware[i] & 1) != 0;
            if (member && !aware) {
                membersUnaware++;
            }
            if (!member) {
                others++;
                othersAware += aware ? 1 : 0;
            }
        }
        assertEquals(0, membersUnaware);
        assertEquals(0.2, (double) othersAware / others, 5 * Math.sqrt(0.16 / others), "non-members keep 20%");
    }

    @Test
    void bundleRaisesMembersShareUntilUnbundled() {
        ExperimentConfig c = withPlatform();
        c.firms.get("a").initialAwareness = 1;
        c.market.ticks = 9;
        EventConfig bundle = event("bundle", "a", null);
        bundle.platform = "x";
        bundle.bonus = 1.5;
        bundle.tick = 3;
        EventConfig unbundle = event("unbundle", "a", null);
        unbundle.platform = "x";
        unbundle.tick = 6;
        c.events.add(bundle);
        c.events.add(unbundle);
        double[] memberShare = new double[9];
        TestMarkets.run(c, 4, 2, (m, t) -> memberShare[t] = memberShareOfA(m));
        double bundled = (memberShare[3] + memberShare[4] + memberShare[5]) / 3;
        double plain = (memberShare[0] + memberShare[1] + memberShare[2] + memberShare[6] + memberShare[7]) / 5;
        assertTrue(bundled > plain + 0.1, "bundle bonus lifts members' share: " + Arrays.toString(memberShare));
        assertEquals(memberShare[0], memberShare[7], 0.03, "back to the unbundled level");
    }

    private static double memberShareOfA(Market m) {
        long members = 0;
        long usingA = 0;
        for (int t = 0; t < m.types().count; t++) {
            if ((m.types().platformMask(t) & 1) == 0) {
                continue;
            }
            for (int a = 0; a < m.offers().alternatives(); a++) {
                members += m.tally().count(t, a);
            }
            usingA += m.tally().count(t, Firm.freeAlt(0)) + m.tally().count(t, Firm.paidAlt(0));
        }
        return (double) usingA / members;
    }

    @Test
    void bundleConfigStillAppliesFromTheStart() {
        ExperimentConfig c = withPlatform();
        c.firms.get("a").initialAwareness = 1;
        BundleConfig b = new BundleConfig();
        b.firm = "a";
        b.bonus = 1.5;
        c.platforms.get("x").bundles.add(b);
        double[] share = new double[1];
        TestMarkets.run(c, 4, 1, (m, t) -> share[0] = memberShareOfA(m));
        assertTrue(share[0] > 0.55, "configured bundle active: " + share[0]);
    }

    @Test
    void acquisitionConservesUsersAndMoney() {
        ExperimentConfig c = twoFirms();
        c.users.segments.consumer.reviewProb = 0; // nobody re-chooses: the only moves are the acquisition's
        c.market.initialChoice = "logit";
        c.firms.get("a").price = 0; // no revenue and no costs: cash changes only by the acquisition
        c.firms.get("b").price = 0;
        c.firms.get("a").cash = 100;
        c.firms.get("b").cash = 50;
        c.firms.get("b").debt = 7;
        c.firms.get("a").interestRate = 0;
        c.firms.get("b").interestRate = 0;
        c.firms.get("b").quality = 3.5;
        EventConfig e = event("acquisition", "a", null);
        e.target = "b";
        e.tick = 2;
        c.events.add(e);
        double[] before = new double[2];
        TestMarkets.run(c, 5, 2, (m, t) -> {
            if (t == 1) {
                before[0] = TestMarkets.share(m, 0);
                before[1] = TestMarkets.share(m, 1);
            }
            if (t == 2) {
                assertTrue(before[1] > 0.1, "the target had users");
                assertEquals(before[0] + before[1], TestMarkets.share(m, 0), 1e-12, "users conserved");
                assertEquals(0, TestMarkets.share(m, 1));
                assertFalse(m.firms().get(1).active());
                assertEquals(150, m.firms().get(0).accounts().cash(), 1e-9);
                assertEquals(7, m.firms().get(0).accounts().debt(), 1e-9);
                assertEquals(3.5, m.firms().get(0).quality().level(), 1e-12, "best quality kept");
            }
        });
    }

    @Test
    void aFirmLaunchedByEventHasNoUsersOrCostsBefore() {
        ExperimentConfig c = twoFirms();
        c.firms.get("b").launched = false;
        c.firms.get("b").weeklyBurn = 10;
        EventConfig e = event("launchFirm", "b", null);
        e.tick = 4;
        c.events.add(e);
        TestMarkets.run(c, 5, 1, (m, t) -> {
            Firm b = m.firms().get(1);
            assertEquals(t >= 4, b.active(), "tick " + t);
            assertEquals(t < 4 ? 0 : 10, b.week().costs(), 1e-9);
            assertEquals(t < 4, TestMarkets.share(m, 1) == 0, "users only after the launch, tick " + t);
        });
    }

    @Test
    void setStrategySwitchesTheRuleFromItsTick() {
        ExperimentConfig c = twoFirms();
        EventConfig e = event("setStrategy", "a", null);
        e.pricing = "hillClimb";
        e.tick = 6;
        c.events.add(e);
        c.market.ticks = 11; // up to the first decision after the switch (tick 7) and before the next
        TestMarkets.run(c, 5, 1, (m, t) -> assertEquals(t < 7 ? 20 : 22, m.firms().get(0).offer().price(), 1e-9,
                "the first hill-climbing decision steps up by 10%, tick " + t));
    }

    @Test
    void driftShrinksMembershipEveryTickAndMergerAttributesAdRevenue() {
        ExperimentConfig c = withPlatform();
        c.market.ticks = 20;
        c.platforms.get("x").drift = -0.02;
        c.platforms.get("x").adRevenueWeek = 1000;
        c.firms.get("a").price = 0; // no subscription revenue: only the platform's ads
        c.firms.get("a").freePlan = false;
        EventConfig merger = event("platformMerger", "a", null);
        merger.platform = "x";
        merger.tick = 10;
        c.events.add(merger);
        Market m = TestMarkets.run(c, 6, 2, (market, t) -> {
            double expected = 0.5 * Math.pow(0.98, t + 1);
            assertEquals(expected, market.platforms().get(0).members(0), 1e-12);
            assertEquals(t < 10 ? 0 : 1000 * Math.pow(0.98, t + 1), market.firms().get(0).week().revenue(), 1e-9,
                    "ad revenue follows membership, tick " + t);
            assertEquals(market.firms().get(0).week().revenue(), market.firms().get(0).week().adRevenue(), 1e-9,
                    "booked as ad revenue (adRevenueWeek in firms.csv)");
        });
        int[] count = members(m, 0);
        double p = 0.5 * Math.pow(0.98, 20);
        int perRegion = m.agents() / 2;
        assertEquals(p * perRegion, count[0], 5 * Math.sqrt(perRegion * p * (1 - p)) + 0.02 * perRegion);
        assertArrayEquals(count, members(TestMarkets.run(c, 6, 1, (market, t) -> { }), 0), "thread-independent");
    }

    @Test
    void aMergerBuysRevenueButNotGrowth() {
        ExperimentConfig c = withPlatform();
        c.market.ticks = 24;
        c.platforms.get("x").adRevenueWeek = 1e9; // far above the firm's own subscriptions
        EventConfig merger = event("platformMerger", "a", null);
        merger.platform = "x";
        merger.tick = 10;
        c.events.add(merger);
        double multiple = c.firms.get("a").finance.revenueMultiple;
        TestMarkets.run(c, 6, 1, (m, t) -> {
            Firm a = m.firms().get(0);
            // The valuation reads the merged revenue at the multiple, not a jump of the platform's size as growth.
            if (t >= 10) {
                assertTrue(a.accounts().valuation() <= 1.5 * multiple * 52 * a.week().revenue(), "tick " + t + ": valuation " + a.accounts().valuation()
                        + " vs " + multiple * 52 * a.week().revenue());
            }
            if (t >= 10 + 2 * c.market.firmDecisionEvery) {
                assertTrue(a.accounts().valuation() >= 0.5 * multiple * 52 * a.week().revenue(), "tick " + t);
            }
        });
    }

    private static EventConfig setParameter(String path, double value, int tick) {
        EventConfig e = event("setParameter", "", value);
        e.parameter = path;
        e.tick = tick;
        return e;
    }

    @Test
    void setParameterChangesLiveParametersFromItsTick() {
        ExperimentConfig c = twoFirms();
        c.market.initialChoice = "logit";
        c.users.segments.consumer.reviewProb = 0;
        RegulatorConfig all = new RegulatorConfig();
        c.regulators.put("ALL", all);
        c.events.add(setParameter("users.segments.consumer.reviewProb", 1, 5));
        c.events.add(setParameter("firms.a.price", 33, 6));
        c.events.add(setParameter("regulators.ALL.fMin", 0.3, 7));
        c.events.add(setParameter("controversy.rate", 0.25, 7));
        TestMarkets.run(c, 5, 2, (m, t) -> {
            assertEquals(t < 5, m.switches() == 0, "users re-choose only once reviewProb is 1, tick " + t);
            assertEquals(t < 6 ? 20 : 33, m.firms().get(0).offer().price(), 1e-12);
            assertEquals(t < 7 ? 0 : 0.3, m.regulators()[0].fMin(), 1e-12);
            assertEquals(t < 7 ? 0 : 0.25, m.config().controversy.rate, 1e-12, "read from the config when used");
        });
    }

    @Test
    void strategyKeysStillApplyAfterASetStrategySwitch() {
        ExperimentConfig c = twoFirms();
        c.market.ticks = 4;
        EventConfig sw = event("setStrategy", "a", null);
        sw.pricing = "hillClimb";
        sw.tick = 1;
        c.events.add(sw);
        c.events.add(setParameter("firms.a.strategy.maxPrice", 21, 2));
        Market m = TestMarkets.run(c, 5, 1, (market, t) -> { });
        assertEquals(21, m.firms().get(0).offer().price(), 1e-12, "the first step (to 22) is capped by the new maxPrice");
    }

    @Test
    void onlyFirmsInTheMarketAcquireOrAreAcquired() {
        ExperimentConfig c = twoFirms();
        c.market.ticks = 4;
        EventConfig exit = event("exitFirm", "a", null);
        exit.tick = 1;
        EventConfig buy = event("acquisition", "a", null);
        buy.target = "b";
        buy.tick = 2;
        c.events.add(exit);
        c.events.add(buy);
        Market m = TestMarkets.run(c, 5, 1, (market, t) -> {
            if (t == 2) {
                assertEquals(1, market.events().stream().filter(r -> r.type().equals("acquisitionSkipped")).count());
            }
        });
        assertTrue(m.firms().get(1).active(), "b was not absorbed by an exited firm");
        assertTrue(TestMarkets.share(m, 1) > 0.3);
    }
}
