package chatshare.model;

import java.util.ArrayList;
import java.util.List;

/** A platform (X, Microsoft, Google, ...): membership share per region and its bundles. */
public final class Platform {
    public final String id;
    public final String name;
    /** Member share of each region's users (changed by drift and shocks). */
    public final double[] members;
    private final double[] initialMembers;
    public double drift;
    public double adRevenueWeek;
    /** Monthly price of the platform's paid tier bought for the owner's assistant (X Premium). */
    public double subscriptionPrice;
    /** Fraction of members on the owner's free plan who buy the tier. */
    public double subscriptionTakeUp;
    /** Firm that merged with the platform and books its ad revenue (-1: none). */
    public int owner = -1;
    /** Bundles, mutable by bundle/unbundle events. */
    public final List<Bundle> bundles;

    public Platform(String id, String name, double[] members, List<Bundle> bundles, double drift,
            double adRevenueWeek) {
        this.id = id;
        this.name = name;
        this.members = members;
        this.initialMembers = members.clone();
        this.drift = drift;
        this.adRevenueWeek = adRevenueWeek;
        this.bundles = new ArrayList<>(bundles);
    }

    /**
     * Weekly revenue of the paid tier bought for the owner's assistant: price x take-up x the
     * owner's free-plan users among the members (scaled), per week. Paid-plan users are left out:
     * they already pay the assistant's own subscription (Grok's paid plan is X Premium+).
     */
    public double subscriptionRevenueNow(double freePlanMembers) {
        return subscriptionPrice * subscriptionTakeUp * freePlanMembers / Firm.WEEKS_PER_MONTH;
    }

    /** Ad revenue this week: scaled by membership relative to the start (users weighted by region). */
    public double adRevenueNow(double[] regionShares) {
        double now = 0;
        double start = 0;
        for (int r = 0; r < members.length; r++) {
            now += members[r] * regionShares[r];
            start += initialMembers[r] * regionShares[r];
        }
        return start > 0 ? adRevenueWeek * now / start : 0;
    }
}
