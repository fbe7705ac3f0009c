package chatshare.model;

import chatshare.config.StrategyConfig;

/** Prices below the serving cost of a user until the firm reaches a share target, then hill-climbs. */
final class Penetration implements PricingStrategy {
    private final StrategyConfig s;
    private final HillClimb climb;
    private boolean targetReached;

    Penetration(StrategyConfig s) {
        this.s = s;
        this.climb = new HillClimb(s);
    }

    @Override
    public double next(DecisionContext context, PriceLever lever) {
        targetReached |= context.share() >= s.penetrationShare;
        if (targetReached) {
            return climb.next(context, lever);
        }
        return lever.clamp(s, s.penetrationPrice * context.unitCost(lever));
    }
}
