package chatshare.model;

import chatshare.config.SegmentConfig;
import chatshare.config.UsersConfig;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The per-segment parameters the model reads every tick, by segment index (0 consumer, 1 power,
 * 2 enterprise): the utility's weights (Offers), review probabilities (Choices), usage (serving
 * load: Accounting, DemandSample, PriceLever) and API tokens. One home for them; a live edit of a
 * users.* key refreshes them in place, so every reader sees it.
 */
final class Segments {
    private double[] share;
    private double[] reviewProb;
    private double[] usage;
    private double[] tokensPerMonth;
    private double[] habitWeight;
    private double[] socialWeight;
    private double[] filteringWeight;
    private double[] reputationWeight;
    private double[] outsideUtility;
    private double[] freePlanBonus;
    private int lockInTicks;

    Segments(UsersConfig users) {
        refresh(users);
    }

    /** Reads the segments' parameters again (after a live edit of users.*). */
    void refresh(UsersConfig users) {
        List<SegmentConfig> s = users.segments.inOrder();
        share = of(s, c -> c.share);
        reviewProb = of(s, c -> c.reviewProb);
        usage = of(s, c -> c.usage);
        tokensPerMonth = of(s, c -> c.tokensPerMonth);
        habitWeight = of(s, c -> c.habitWeight);
        socialWeight = of(s, c -> c.socialWeight);
        filteringWeight = of(s, c -> c.filteringWeight);
        reputationWeight = of(s, c -> c.reputationWeight);
        outsideUtility = of(s, c -> c.outsideUtility);
        freePlanBonus = of(s, c -> c.freePlanBonus);
        lockInTicks = users.lockInTicks;
    }

    private static double[] of(List<SegmentConfig> segments, ToDoubleFunction<SegmentConfig> key) {
        return segments.stream().mapToDouble(key).toArray();
    }

    int count() {
        return share.length;
    }

    /** Whether the segment has users (a segment without any must not set the review rate). */
    boolean populated(int segment) {
        return share[segment] > 0;
    }

    double reviewProb(int segment) {
        return reviewProb[segment];
    }

    /** Served load of one user of the segment (compute and serving cost per user-week). */
    double usage(int segment) {
        return usage[segment];
    }

    double tokensPerMonth(int segment) {
        return tokensPerMonth[segment];
    }

    double habitWeight(int segment) {
        return habitWeight[segment];
    }

    double socialWeight(int segment) {
        return socialWeight[segment];
    }

    double filteringWeight(int segment) {
        return filteringWeight[segment];
    }

    double reputationWeight(int segment) {
        return reputationWeight[segment];
    }

    double outsideUtility(int segment) {
        return outsideUtility[segment];
    }

    double freePlanBonus(int segment) {
        return freePlanBonus[segment];
    }

    int lockInTicks() {
        return lockInTicks;
    }
}
