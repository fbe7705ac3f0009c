package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.model.Market;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspectors edit the running model exactly like a setParameter event, and refuse what it would refuse. */
class LivePropertiesTest {
    private Market market;

    @BeforeEach
    void startSmallBaseline() {
        var loaded = ConfigLoader.load(Path.of("experiments/baseline.json"), List.of("users.agents=2000"));
        market = new Market(loaded.config(), 1, 1);
        market.start();
    }

    private static int index(LiveProperties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void aModelParameterIsEditableWithItsDocAndRange() {
        String path = "users.segments.consumer.reviewProb";
        LiveProperties p = new LiveProperties(market).parameter(path).parameter("users.agents");
        assertEquals(1, p.numProperties(), "users.agents is fixed once the run starts, so it is not offered");
        int i = index(p, path);
        assertTrue(p.isReadWrite(i));
        assertEquals(double.class, p.getType(i));
        sim.util.Interval slider = (sim.util.Interval) p.getDomain(i);
        assertEquals(0.0, slider.getMin().doubleValue());
        assertEquals(1.0, slider.getMax().doubleValue());
        assertFalse(p.getDescription(i).isEmpty());

        p.setValue(i, "0.2");
        assertEquals(0.2, market.config().users.segments.consumer.reviewProb);
        assertEquals(0.2, (Double) p.getValue(i));
        p.setValue(i, "1.5"); // outside [0, 1]: refused, value unchanged
        assertEquals(0.2, market.config().users.segments.consumer.reviewProb);
    }

    @Test
    void aFirmInspectorChangesTheLiveOfferAndReadsItsMoney() {
        var grok = market.firm("grok");
        LiveProperties p = (LiveProperties) new FirmView(market, grok).properties();
        int price = index(p, "firms.grok.price");
        p.setValue(price, "9.5");
        assertEquals(9.5, grok.offer().price(), "the live offer, not only the config");
        assertEquals(9.5, (Double) p.getValue(price));
        int cash = index(p, "cash ($)");
        assertFalse(p.isReadWrite(cash));
        assertEquals(grok.accounts().cash(), (Double) p.getValue(cash));
    }

    @Test
    void aFirmInspectorSwitchesTheStrategyAndShowsTheLastDecision() {
        var grok = market.firm("grok");
        LiveProperties p = (LiveProperties) new FirmView(market, grok).properties();
        int pricing = index(p, "pricing rule");
        assertTrue(p.isReadWrite(pricing));
        String[] rules = (String[]) p.getDomain(pricing);
        assertEquals("bestResponse", rules[(Integer) p.getValue(pricing)], "the baseline's rule");
        int last = index(p, "last decision");
        assertEquals("none yet", p.getValue(last));

        p.setValue(pricing, String.valueOf(List.of(rules).indexOf("fixed")));
        assertEquals("fixed", grok.strategies().pricingRule());
        double price = grok.offer().price();
        market.schedule.step(market);
        assertEquals(price, grok.offer().price(), 0, "fixed from the next decision on");
        assertTrue(((String) p.getValue(last)).startsWith("tick 0: price " + String.format(java.util.Locale.ROOT, "%.2f", price)),
                (String) p.getValue(last));
    }

    @Test
    void theModelTabSwitchesAFirmsFilteringRule() {
        LiveProperties p = new MarketWithUI(market, 100).modelParameters(market);
        int filtering = index(p, "claude filtering rule");
        String[] rules = (String[]) p.getDomain(filtering);
        p.setValue(filtering, String.valueOf(List.of(rules).indexOf("demandSeeking")));
        assertEquals("demandSeeking", market.firm("claude").strategies().filteringRule());
        assertEquals("bestResponse", market.firm("claude").strategies().pricingRule(), "the pricing rule is kept");
    }
}
