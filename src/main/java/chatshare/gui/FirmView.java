package chatshare.gui;

import chatshare.model.Firm;
import chatshare.model.Market;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A firm as the GUI shows it: the marker on the preference map and its inspector (its offer and
 * strategy rules editable between steps, its last decision, money and users read-only).
 * Strategies may move the offer again at the next decision tick.
 */
final class FirmView implements Propertied {
    final Firm firm;
    private final LiveProperties properties;

    FirmView(Market market, Firm firm) {
        this.firm = firm;
        String at = "firms." + firm.id + ".";
        properties = new LiveProperties(market)
                .parameter(at + "price").parameter(at + "apiPrice").parameter(at + "filtering")
                .parameter(at + "quality").parameter(at + "reputation").parameter(at + "marketingWeek")
                .reading("active", Boolean.class, () -> firm.active())
                .choice("pricing rule", "Pricing strategy (MODEL.md 7.5); a change applies from the next decision, "
                        + "with fresh strategy state, like a setStrategy event", StrategyRules.PRICING, firm.strategies()::pricingRule,
                        rule -> market.live.switchStrategy(firm.id, rule, ""))
                .choice("filtering rule", "Filtering strategy (MODEL.md 7.5); a change applies from the next decision",
                        StrategyRules.FILTERING, firm.strategies()::filteringRule, rule -> market.live.switchStrategy(firm.id, "", rule))
                .reading("last decision", String.class, firm.strategies()::lastDecisionText)
                .reading("share", Double.class, () -> market.metrics.share(firm))
                .reading("users", Double.class, () -> firm.week().users())
                .reading("paidUsers", Double.class, () -> firm.week().paidUsers())
                .reading("apiUsers", Double.class, () -> firm.week().apiUsers())
                .reading("revenueWeek ($)", Double.class, () -> firm.week().revenue())
                .reading("costsWeek ($)", Double.class, () -> firm.week().costs())
                .reading("cash ($)", Double.class, () -> firm.accounts().cash())
                .reading("debt ($)", Double.class, () -> firm.accounts().debt())
                .reading("runway (months)", Double.class, firm::runwayMonths)
                .reading("valuation ($)", Double.class, () -> firm.accounts().valuation())
                .reading("strikes", Integer.class, firm.presence()::totalStrikes);
    }

    @Override
    public Properties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return firm.name;
    }
}
