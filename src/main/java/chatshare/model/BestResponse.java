package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * Evaluates the expected weekly profit of a grid of prices on a fixed sample of users with the
 * exact logit probabilities, rivals held at their current offers, and picks the best price.
 */
final class BestResponse implements PricingStrategy {
    private final StrategyConfig s;

    BestResponse(StrategyConfig s) {
        this.s = s;
    }

    @Override
    public double next(Market market, Firm firm, PriceLever lever) {
        double current = lever.get(firm);
        double best = current;
        double bestProfit = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.gridPoints; k++) {
            double price = lever.min(s) + (lever.max(s) - lever.min(s)) * k / (s.gridPoints - 1);
            lever.set(firm, price);
            double profit = market.demandSample(firm).expectedProfit(market, firm);
            if (profit > bestProfit) {
                bestProfit = profit;
                best = price;
            }
        }
        lever.set(firm, current);
        return best;
    }
}
