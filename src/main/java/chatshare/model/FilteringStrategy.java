package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.List;

/** How a firm revises its filtering level on decision ticks (MODEL.md 7.5); returns the new level. */
public interface FilteringStrategy {
    double next(DecisionContext context);

    static FilteringStrategy of(StrategyConfig s) {
        return switch (s.filtering) {
            case "fixed" -> context -> context.offer().filtering();
            case "imitate" -> context -> imitate(context, s.filteringStep);
            case "demandSeeking" -> context -> seekDemand(context, s);
            default -> throw new IllegalArgumentException("unknown filtering strategy '" + s.filtering + "'");
        };
    }

    /** Moves at most step toward the filtering of the rival that gained most share last period. */
    private static double imitate(DecisionContext context, double step) {
        DecisionContext.Rival leader = null;
        for (DecisionContext.Rival rival : context.rivals()) {
            if (rival.active() && rival.shareGain() > 0 && (leader == null || rival.shareGain() > leader.shareGain())) {
                leader = rival;
            }
        }
        double current = context.offer().filtering();
        if (leader == null) {
            return current;
        }
        return current + Math.max(-step, Math.min(step, leader.filtering() - current));
    }

    /**
     * The best of f - step, f, f + step by expected profit on the firm's user sample, refined by
     * Brent's method between the best level's neighbours to filteringTolerance.
     */
    private static double seekDemand(DecisionContext context, StrategyConfig s) {
        double current = context.offer().filtering();
        double[] levels = {Math.max(0, current - s.filteringStep), current, Math.min(1, current + s.filteringStep)};
        return context.mostProfitableFiltering(levels, s.filteringTolerance);
    }

    /**
     * The filtering level of highest expected profit on the firm's user sample when firms make
     * the profile's offers: the best of levels, refined by Brent's method between its neighbours
     * to tolerance.
     */
    static double mostProfitable(Market market, Firm firm, double[] levels, double tolerance, List<Offer> profile) {
        DemandSample sample = market.demandSample(firm);
        Offer own = profile.get(firm.index);
        return Argmax.of(f -> sample.expectedProfit(market, firm, Offer.replace(profile, firm.index, own.withFiltering(f))),
                levels, 1e-9, tolerance);
    }
}
