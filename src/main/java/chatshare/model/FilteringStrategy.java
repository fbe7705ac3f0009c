package chatshare.model;

import chatshare.config.StrategyConfig;

/** How a firm revises its filtering level on decision ticks (MODEL.md 7.5); returns the new level. */
public interface FilteringStrategy {
    double next(Market market, Firm firm);

    static FilteringStrategy of(StrategyConfig s) {
        return switch (s.filtering) {
            case "fixed" -> (market, firm) -> firm.filtering;
            case "imitate" -> (market, firm) -> imitate(market, firm, s.filteringStep);
            case "demandSeeking" -> (market, firm) -> seekDemand(market, firm, s);
            default -> throw new IllegalArgumentException("unknown filtering strategy '" + s.filtering + "'");
        };
    }

    /** Moves at most step toward the filtering of the rival that gained most share last period. */
    private static double imitate(Market market, Firm firm, double step) {
        Firm leader = null;
        for (Firm rival : market.firms) {
            if (rival != firm && rival.active && rival.shareGain > 0
                    && (leader == null || rival.shareGain > leader.shareGain)) {
                leader = rival;
            }
        }
        if (leader == null) {
            return firm.filtering;
        }
        return firm.filtering + Math.max(-step, Math.min(step, leader.filtering - firm.filtering));
    }

    /**
     * The best of f - step, f, f + step by expected profit on the firm's user sample, refined by
     * Brent's method between the best level's neighbours to filteringTolerance.
     */
    private static double seekDemand(Market market, Firm firm, StrategyConfig s) {
        double current = firm.filtering;
        double[] levels = {Math.max(0, current - s.filteringStep), current, Math.min(1, current + s.filteringStep)};
        return mostProfitable(market, firm, levels, s.filteringTolerance);
    }

    /**
     * The filtering level of highest expected profit on the firm's user sample: the best of
     * levels, refined by Brent's method between its neighbours to tolerance. The firm's filtering
     * is left as it was.
     */
    static double mostProfitable(Market market, Firm firm, double[] levels, double tolerance) {
        double current = firm.filtering;
        double best = Argmax.of(f -> {
            firm.filtering = f;
            return market.demandSample(firm).expectedProfit(market, firm);
        }, levels, 1e-9, tolerance);
        firm.filtering = current;
        return best;
    }
}
