package chatshare.model;

import chatshare.config.StrategyConfig;

/** How a firm revises its filtering level on decision ticks (MODEL.md 7.5); returns the new level. */
public interface FilteringStrategy {
    double next(Market market, Firm firm);

    static FilteringStrategy of(StrategyConfig s) {
        return switch (s.filtering) {
            case "fixed" -> (market, firm) -> firm.filtering;
            case "imitate" -> (market, firm) -> imitate(market, firm, s.filteringStep);
            case "demandSeeking" -> (market, firm) -> seekDemand(market, firm, s.filteringStep);
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

    /** The best of f - step, f, f + step by expected profit on the firm's user sample. */
    private static double seekDemand(Market market, Firm firm, double step) {
        double current = firm.filtering;
        double best = current;
        double bestProfit = Double.NEGATIVE_INFINITY;
        for (double f : new double[] {current, Math.max(0, current - step), Math.min(1, current + step)}) {
            firm.filtering = f;
            double profit = market.demandSample(firm).expectedProfit(market, firm);
            if (profit > bestProfit) {
                bestProfit = profit;
                best = f;
            }
        }
        firm.filtering = current;
        return best;
    }
}
