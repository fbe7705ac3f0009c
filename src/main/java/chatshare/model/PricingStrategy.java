package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * How a firm revises one of its prices on decision ticks (MODEL.md 7.5). Implementations keep
 * their own state; next() returns the new price and must not change the market.
 */
public interface PricingStrategy {
    double next(Market market, Firm firm, PriceLever lever);

    static PricingStrategy of(StrategyConfig s) {
        return switch (s.pricing) {
            case "fixed" -> (market, firm, lever) -> lever.get(firm);
            case "hillClimb" -> new HillClimb(s);
            case "bestResponse" -> new BestResponse(s);
            case "penetration" -> new Penetration(s);
            case "qLearning" -> new QLearning(s);
            default -> throw new IllegalArgumentException("unknown pricing strategy '" + s.pricing + "'");
        };
    }
}
