package chatshare.model;

import chatshare.config.StrategyConfig;

/**
 * Moves the price by a relative step in the direction that raised profit; when profit fell,
 * reverses and shrinks the step. Converges to a local profit maximum. Profit is read as the mean
 * weekly profit over a window of profitWindow ticks during which the price is held, so weekly
 * decisions compare whole windows rather than one noisy week with the next.
 */
final class HillClimb implements PricingStrategy {
    private final StrategyConfig s;
    private double step;
    private int direction = 1;
    private double previousProfit = Double.NaN;
    private double windowProfit;
    private int windowTicks;

    HillClimb(StrategyConfig s) {
        this.s = s;
        this.step = s.priceStep;
    }

    @Override
    public double next(DecisionContext context, PriceLever lever) {
        windowProfit += context.periodProfit();
        windowTicks += context.ticksPerDecision();
        double current = context.offer().price(lever);
        if (windowTicks < s.profitWindow) {
            return current;
        }
        double profit = windowProfit / windowTicks;
        windowProfit = 0;
        windowTicks = 0;
        if (!Double.isNaN(previousProfit) && profit < previousProfit) {
            direction = -direction;
            step *= s.stepShrink;
        }
        previousProfit = profit;
        return lever.clamp(s, current * (1 + direction * step));
    }
}
