package chatshare.model;

import chatshare.config.SegmentsConfig;
import chatshare.config.StrategyConfig;

/** The two prices a firm sets: the paid consumer plan and the API price of the enterprise segment. */
enum PriceLever {
    PAID, API;

    double get(Firm f) {
        return this == PAID ? f.price : f.apiPrice;
    }

    void set(Firm f, double price) {
        if (this == PAID) {
            f.price = price;
        } else {
            f.apiPrice = price;
        }
    }

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
    double unitCost(Market m, Firm f) {
        if (this == PAID) {
            return f.costPerUserWeek * m.config.users.segments.consumer.usage * Firm.WEEKS_PER_MONTH;
        }
        var enterprise = m.config.users.segments.inOrder().get(SegmentsConfig.ENTERPRISE);
        double tokens = Math.max(enterprise.tokensPerMonth, 1e-9);
        return f.costPerUserWeek * enterprise.usage * Firm.WEEKS_PER_MONTH / tokens;
    }
}
