package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chatshare.config.ExperimentConfig;
import chatshare.config.RegionConfig;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md 9: shares of firms plus the outside option sum to 1 every tick, with every feature on;
 * users by plan add up, and the API part of revenue is what API users pay.
 */
class ConservationTest {
    @Test
    void sharesAndOutsideSumToOneEveryTickWithExitAndNetwork() {
        ExperimentConfig c = TestMarkets.pureLogit(30_000);
        c.market.ticks = 30;
        c.market.social = "network";
        c.users.regions.put("ALL", new RegionConfig(0.6));
        c.users.regions.put("EU", new RegionConfig(0.4));
        c.users.segments.consumer.share = 0.7;
        c.users.segments.power.share = 0.2;
        c.users.segments.enterprise.share = 0.1;
        c.users.segments.enterprise.tokensPerMonth = 50;
        c.users.segments.consumer.reviewProb = 0.2;
        c.firms.put("a", TestMarkets.firm(3, 20, 0.4));
        c.firms.put("b", TestMarkets.firm(3, 10, 0.7));
        c.firms.put("broke", TestMarkets.firm(3.5, 0, 0.5));
        c.firms.get("broke").cash = 1e4;
        c.firms.get("broke").weeklyBurn = 1e3;
        c.firms.get("broke").apiPrice = 0; // else its API users would pay the burn and it would never exit
        c.firms.get("b").regions = java.util.List.of("EU");
        c.firms.get("a").initialAwareness = 0.2;
        c.firms.get("a").wordOfMouth = 0.3;
        Market last = TestMarkets.run(c, 9, 2, (m, t) -> {
            double sum = 1 - (double) m.metrics.adopters() / m.agents();
            double users = 0;
            for (Firm f : m.firms()) {
                sum += f.week().users() / (m.agents() * m.agentWeight());
                users += f.week().paidUsers() + f.week().freeUsers() + f.week().apiUsers();
                assertEquals(f.week().users(), f.week().paidUsers() + f.week().freeUsers() + f.week().apiUsers(), 1e-6, "plans add up");
                double api = f.active() ? f.week().apiUsers() * f.offer().apiPrice() * 50 / UnitEconomics.WEEKS_PER_MONTH : 0;
                assertEquals(api, f.week().apiRevenue(), 1e-9 * (1 + api), "API revenue = API users x API price x tokens");
                assertEquals(0, f.week().adRevenue(), "no merged platform, no ad revenue");
            }
            assertEquals(1.0, sum, 1e-12, "tick " + t);
            assertEquals(m.metrics.adopters() * m.agentWeight(), users, 1e-6, "adopters add up at tick " + t);
        });
        assertFalse(last.firm("broke").active(), "the test covers an exit: 'broke' runs out of cash");
    }
}
