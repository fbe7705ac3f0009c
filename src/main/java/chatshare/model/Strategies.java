package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * A firm's strategy rules (MODEL.md 7.5) with their memory, and what the decision step remembers
 * between decisions: the last decision and the share gained since the one before. The keys are
 * the run config's own (a switch changes them there, so live edits of strategy keys reach the
 * rules in use).
 */
public final class Strategies {
    /** A decision as taken: the tick and the offer chosen. */
    public record Decision(int tick, Offer offer) {
    }

    private final StrategyConfig keys;
    /** Adaptive filtering respects regional floors (comply) or leaves their regions (leave). */
    private final boolean leavesRegionsAboveItsFiltering;
    private PricingStrategy pricing;
    private PricingStrategy apiPricing;
    private FilteringStrategy filtering;
    private Decision last;
    private double shareGain;
    private double shareAtDecision;

    Strategies(StrategyConfig keys) {
        this.keys = keys;
        this.leavesRegionsAboveItsFiltering = keys.floorPolicy.equals("leave");
        useRules();
    }

    /** Replaces the pricing and/or filtering rule (empty = keep), with fresh strategy state. */
    void switchTo(String pricingRule, String filteringRule) {
        keys.pricing = pricingRule.isEmpty() ? keys.pricing : pricingRule;
        keys.filtering = filteringRule.isEmpty() ? keys.filtering : filteringRule;
        useRules();
    }

    private void useRules() {
        pricing = PricingStrategy.of(keys);
        apiPricing = PricingStrategy.of(keys);
        filtering = FilteringStrategy.of(keys);
    }

    StrategyConfig keys() {
        return keys;
    }

    PricingStrategy pricing(PriceLever lever) {
        return lever == PriceLever.PAID ? pricing : apiPricing;
    }

    FilteringStrategy filtering() {
        return filtering;
    }

    boolean adaptiveFiltering() {
        return !keys.filtering.equals("fixed");
    }

    boolean leavesRegionsAboveItsFiltering() {
        return leavesRegionsAboveItsFiltering;
    }

    /** A new decision period starts at this share. */
    void startPeriod(double share) {
        shareGain = share - shareAtDecision;
        shareAtDecision = share;
    }

    void decided(int tick, Offer offer) {
        last = new Decision(tick, offer);
    }

    /** Change of the firm's share over the last decision period. */
    public double shareGain() {
        return shareGain;
    }

    public String pricingRule() {
        return keys.pricing;
    }

    public String filteringRule() {
        return keys.filtering;
    }

    /** The pricing and filtering rules in use (a setStrategy event may have changed them). */
    public String inUse() {
        return keys.pricing + " pricing, " + keys.filtering + " filtering";
    }

    /** The last strategy decision in words, or "none yet". */
    public String lastDecisionText() {
        if (last == null) {
            return "none yet";
        }
        return String.format(java.util.Locale.ROOT, "tick %d: price %.2f, API price %.3f, filtering %.3f",
                last.tick(), last.offer().price(), last.offer().apiPrice(), last.offer().filtering());
    }
}
