package chatshare.model;

/**
 * The decision tick (MODEL.md 7.5): every active firm chooses its paid price, API price and
 * filtering from the same state of the market (all decide, then all apply), then adaptive
 * filtering is held to the regional floors (comply) or the firm leaves the regions whose floor
 * is above it (leave). A firm with fixed filtering keeps it and faces fines and bans instead.
 */
final class FirmDecisions {
    private FirmDecisions() {
    }

    static void decide(Market m) {
        for (Firm f : m.firms) {
            double share = m.share(f);
            f.shareGain = share - f.shareAtDecision;
            f.shareAtDecision = share;
        }
        for (Firm f : m.firms) {
            if (f.active) {
                Finance.review(m, f);
                Investment.improve(f);
            }
        }
        double[][] next = new double[m.firms.size()][];
        for (Firm f : m.firms) {
            if (f.active) {
                next[f.index] = new double[] {f.pricing.next(m, f, PriceLever.PAID),
                    f.apiPricing.next(m, f, PriceLever.API), f.filteringStrategy.next(m, f)};
            }
        }
        for (Firm f : m.firms) {
            if (f.active) {
                f.price = next[f.index][0];
                f.apiPrice = next[f.index][1];
                f.filtering = next[f.index][2];
                if (f.adaptiveFiltering) {
                    respectFloors(m, f);
                }
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
