package chatshare.model;

import java.util.List;

/**
 * The decision ticks (MODEL.md 7.5). On finance ticks each active firm reviews its financing and
 * turns the period's quality spending into quality. On decision ticks every active firm chooses
 * its paid price, API price and filtering from the same state of the market (all decide, then all
 * apply), then adaptive filtering is held to the regional floors (comply) or the firm leaves the
 * regions whose floor is above it (leave). A firm with fixed filtering keeps it and faces fines and
 * bans instead. Strategies see a DecisionContext; only this class writes what they decide.
 */
final class FirmDecisions {
    private final Market market;
    private final List<Firm> firms;
    private final Regulator[] regulators;
    private final Finance finance;
    private final DemandSamples samples;
    private final EventLog log;
    /** Nash and joint-profit benchmarks of the qLearning firms (computed on first use). */
    private LearningBenchmarks learningBenchmarks;

    /** The market is what the strategies' probes read (never write). */
    FirmDecisions(Market market, List<Firm> firms, Regulator[] regulators, Finance finance, DemandSamples samples,
            EventLog log) {
        this.market = market;
        this.firms = firms;
        this.regulators = regulators;
        this.finance = finance;
        this.samples = samples;
        this.log = log;
    }

    void review(int tick) {
        for (Firm f : firms) {
            if (f.active()) {
                finance.review(f, tick);
                Investment.improve(f);
            }
        }
    }

    /** adapt: the strategies decide (false before market.firmsAdaptFrom: only the period rolls over). */
    void decide(int tick, boolean adapt) {
        for (Firm f : firms) {
            f.strategies().startPeriod(market.metrics.share(f));
        }
        Offer[] next = new Offer[firms.size()];
        List<Offer> profile = Offer.profileOf(firms);
        for (Firm f : firms) {
            if (f.active() && adapt) {
                DecisionContext context = new LiveContext(market, f, profile, this);
                Strategies s = f.strategies();
                next[f.index] = new Offer(s.pricing(PriceLever.PAID).next(context, PriceLever.PAID),
                        s.pricing(PriceLever.API).next(context, PriceLever.API), s.filtering().next(context));
            }
        }
        for (Firm f : firms) {
            if (next[f.index] != null) {
                f.setOffer(next[f.index]);
                if (f.strategies().adaptiveFiltering()) {
                    respectFloors(f);
                }
                f.strategies().decided(tick, f.offer());
            }
            f.accounts().startPeriod();
        }
        samples.invalidate(); // offers and regions changed: later probes this tick see the new state
    }

    private void respectFloors(Firm f) {
        double floor = 0;
        for (int r = 0; r < regulators.length; r++) {
            if (!f.presence().operatesIn(r)) {
                continue;
            }
            double fMin = regulators[r].fMin();
            if (f.strategies().leavesRegionsAboveItsFiltering() && fMin > f.offer().filtering()) {
                f.presence().leave(r);
                log.record(new EventRecord("leaveRegion", f.id, "", market.regionIds.get(r), fMin,
                        "floor above filtering"));
            } else {
                floor = Math.max(floor, fMin);
            }
        }
        f.setOffer(f.offer().withFiltering(Math.max(f.offer().filtering(), floor)));
    }

    /** The benchmarks of the qLearning firms, computed on the exact expected demand at first use. */
    LearningBenchmarks learningBenchmarks() {
        if (learningBenchmarks == null) {
            learningBenchmarks = LearningBenchmarks.of(market);
        }
        return learningBenchmarks;
    }
}
