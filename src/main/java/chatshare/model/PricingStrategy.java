package chatshare.model;

/** How a firm revises its prices on decision ticks (MODEL.md 7.5). */
public interface PricingStrategy {
    void decide(Firm firm, Market market);

    /** Prices stay as configured or as set by events. */
    PricingStrategy FIXED = (firm, market) -> { };

    static PricingStrategy of(String name) {
        if (name.equals("fixed")) {
            return FIXED;
        }
        throw new IllegalArgumentException("unknown pricing strategy '" + name + "'");
    }
}
