package chatshare.model;

/**
 * The decision ticks (MODEL.md 7.5). Every financeEvery ticks each active firm reviews its
 * financing and turns the period's quality spending into quality. Every firmDecisionEvery ticks
 * every active firm chooses its paid price, API price and filtering from the same state of the
 * market (all decide, then all apply), then adaptive filtering is held to the regional floors
 * (comply) or the firm leaves the regions whose floor is above it (leave). A firm with fixed
 * filtering keeps it and faces fines and bans instead. The two cadences are separate so that
 * weekly pricing leaves the finance and investment dynamics (calibrated on 4 weeks) unchanged.
 */
final class FirmDecisions {
    private FirmDecisions() {
    }

    static void review(Market m) {
        for (Firm f : m.firms) {
            if (f.active) {
                Finance.review(m, f);
                Investment.improve(f);
            }
        }
    }

    /** adapt: the strategies decide (false before market.firmsAdaptFrom: only the period rolls over). */
    static void decide(Market m, boolean adapt) {
        for (Firm f : m.firms) {
            double share = m.metrics.share(f);
            f.shareGain = share - f.shareAtDecision;
            f.shareAtDecision = share;
        }
        double[][] next = new double[m.firms.size()][];
        for (Firm f : m.firms) {
            if (f.active && adapt) {
                next[f.index] = new double[] {f.pricing.next(m, f, PriceLever.PAID),
                    f.apiPricing.next(m, f, PriceLever.API), f.filteringStrategy.next(m, f)};
            }
        }
        for (Firm f : m.firms) {
            if (next[f.index] != null) {
                f.price = next[f.index][0];
                f.apiPrice = next[f.index][1];
                f.filtering = next[f.index][2];
                if (f.adaptiveFiltering) {
                    respectFloors(m, f);
                }
                f.lastDecision = new double[] {m.tick(), f.price, f.apiPrice, f.filtering};
            }
            f.periodProfit = 0;
        }
    }

    private static void respectFloors(Market m, Firm f) {
        double floor = 0;
        for (int r = 0; r < m.regulators.length; r++) {
            if (!f.configuredIn[r]) {
                continue;
            }
            double fMin = m.regulators[r].fMin;
            if (f.leavesRegionsAboveItsFiltering && fMin > f.filtering) {
                f.configuredIn[r] = false;
                f.availableIn[r] = false;
                m.record(new EventRecord("leaveRegion", f.id, "", m.regionIds.get(r), fMin, "floor above filtering"));
            } else {
                floor = Math.max(floor, fMin);
            }
        }
        f.filtering = Math.max(f.filtering, floor);
    }
}
