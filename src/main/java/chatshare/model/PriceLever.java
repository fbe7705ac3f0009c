package chatshare.model;

import chatshare.config.SegmentsConfig;
import chatshare.config.StrategyConfig;

/** The two prices a firm sets: the paid consumer plan and the API price of the enterprise segment. */
enum PriceLever {
    PAID, API;

    double min(StrategyConfig s) {
        return this == PAID ? s.minPrice : s.minApiPrice;
    }

    double max(StrategyConfig s) {
        return this == PAID ? s.maxPrice : s.maxApiPrice;
    }

    double clamp(StrategyConfig s, double price) {
        return Math.max(min(s), Math.min(max(s), price));
    }

    /** Monthly serving cost of one user of this plan, in this lever's price unit. */
    double unitCost(Segments segments, Firm f) {
        if (this == PAID) {
            return UnitEconomics.monthly(f.costPerUserWeek() * segments.usage(SegmentsConfig.CONSUMER));
        }
        double tokens = Math.max(segments.tokensPerMonth(SegmentsConfig.ENTERPRISE), 1e-9);
        return UnitEconomics.monthly(f.costPerUserWeek() * segments.usage(SegmentsConfig.ENTERPRISE)) / tokens;
    }
}
