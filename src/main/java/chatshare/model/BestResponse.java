package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.List;

/**
 * The price of highest expected weekly profit on the firm's user sample, with the exact logit
 * probabilities and rivals held at their current offers. Every gridEvery decisions a grid of
 * gridPoints prices over the allowed range finds the right hump (profit can have several: the
 * price-sensitive consumers and the power users); the decisions in between search only the move
 * window around the current price, which is all a decision can reach. Brent's method refines
 * the best point to priceTolerance. Frictions keep weekly decisions from chasing noise: a move
 * smaller than priceThreshold is not made (menu cost) and no move is larger than maxPriceMove.
 */
final class BestResponse implements PricingStrategy {
    private final StrategyConfig s;
    private int decisions;

    BestResponse(StrategyConfig s) {
        this.s = s;
    }

    @Override
    public double next(DecisionContext context, PriceLever lever) {
        double current = context.offer().price(lever);
        double[] candidates = decisions++ % s.gridEvery == 0 ? globalGrid(lever, s)
                : Argmax.grid(lever.clamp(s, current / (1 + s.maxPriceMove)),
                        lever.clamp(s, current * (1 + s.maxPriceMove)), 3);
        return withFrictions(current, context.mostProfitablePrice(lever, candidates), s);
    }

    static double[] globalGrid(PriceLever lever, StrategyConfig s) {
        return Argmax.grid(lever.min(s), lever.max(s), s.gridPoints);
    }

    /**
     * The best response itself, without frictions, searched from the given ascending candidates,
     * when firms make the profile's offers (by index; the firm's other terms as in its entry).
     */
    static double optimum(Market market, Firm firm, PriceLever lever, StrategyConfig s, double[] candidates,
            List<Offer> profile) {
        DemandSample sample = market.demandSample(firm);
        sample.prepare(market, firm, lever, profile);
        return Argmax.of(sample::profitAt, candidates, s.priceTolerance, 1e-9);
    }

    static double withFrictions(double current, double target, StrategyConfig s) {
        if (current <= 0) {
            return target; // a relative move limit would hold a zero price forever
        }
        if (Math.abs(target - current) < s.priceThreshold * current) {
            return current;
        }
        return Math.max(current / (1 + s.maxPriceMove), Math.min(current * (1 + s.maxPriceMove), target));
    }
}
