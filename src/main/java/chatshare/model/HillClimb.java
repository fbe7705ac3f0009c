package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * Moves the price by a relative step in the direction that raised profit over the last decision
 * period; when profit fell, reverses and shrinks the step. Converges to a local profit maximum.
 */
final class HillClimb implements PricingStrategy {
    private final StrategyConfig s;
    private double step;
    private int direction = 1;
    private double previousProfit = Double.NaN;

    HillClimb(StrategyConfig s) {
        this.s = s;
        this.step = s.priceStep;
    }

    @Override
    public double next(Market market, Firm firm, PriceLever lever) {
        double profit = firm.periodProfit;
        if (!Double.isNaN(previousProfit) && profit < previousProfit) {
            direction = -direction;
            step *= s.stepShrink;
        }
        previousProfit = profit;
        return lever.clamp(s, lever.get(firm) * (1 + direction * step));
    }
}
