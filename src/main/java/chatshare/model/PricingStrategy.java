package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * How a firm revises one of its prices on decision ticks (MODEL.md 7.5). Implementations keep
 * their own state; next() returns the new price from what the context shows.
 */
public interface PricingStrategy {
    double next(DecisionContext context, PriceLever lever);

    static PricingStrategy of(StrategyConfig s) {
        return switch (s.pricing) {
            case "fixed" -> (context, lever) -> context.offer().price(lever);
            case "hillClimb" -> new HillClimb(s);
            case "bestResponse" -> new BestResponse(s);
            case "penetration" -> new Penetration(s);
            case "qLearning" -> new QLearning(s);
            default -> throw new IllegalArgumentException("unknown pricing strategy '" + s.pricing + "'");
        };
    }
}
