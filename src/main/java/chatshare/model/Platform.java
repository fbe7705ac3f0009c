package chatshare.model;

import chatshare.config.PlatformConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A platform (X, Microsoft, Google, ...): membership share per region, its bundles, and the firm
 * that merged with it. Drift, ad revenue and the paid tier are read from the run's config (live
 * edits land there).
 */
public final class Platform {
    public final String id;
    public final String name;
    private final PlatformConfig config;
    /** Member share of each region's users (changed by drift and shocks: Membership). */
    private final double[] members;
    private final double[] initialMembers;
    /** Bundles, changed by bundle/unbundle events. */
    private final List<Bundle> bundles;
    /** Firm that merged with the platform and books its ad revenue (-1: none). */
    private int owner = -1;

    /** c is the run's own copy of the platform's config. */
    Platform(String id, PlatformConfig c, double[] members, List<Bundle> bundles) {
        this.id = id;
        this.name = c.name.isEmpty() ? id : c.name;
        this.config = c;
        this.members = members;
        this.initialMembers = members.clone();
        this.bundles = new ArrayList<>(bundles);
    }

    /** Member share of the region's users now. */
    public double members(int region) {
        return members[region];
    }

    void setMembers(int region, double share) {
        members[region] = share;
    }

    /** Member shares by region now (a copy). */
    double[] membersByRegion() {
        return members.clone();
    }

    public List<Bundle> bundles() {
        return Collections.unmodifiableList(bundles);
    }

    void addBundle(Bundle b) {
        bundles.add(b);
    }

    /** Ends the firm's bundles that are active at the tick (an unbundle event). */
    void endBundles(int firm, int tick) {
        bundles.replaceAll(b -> b.firm() == firm && b.activeAt(tick)
                ? new Bundle(b.firm(), b.bonus(), b.priceTreatment(), b.discount(), b.startTick(), tick) : b);
    }

    /** Index of the firm that merged with the platform, or -1. */
    public int owner() {
        return owner;
    }

    void mergeWith(int firm) {
        owner = firm;
    }

    /** Weekly relative change of membership. */
    double drift() {
        return config.drift;
    }

    /** Whether the platform sells a paid tier to members who use the owner's free plan (X Premium for Grok). */
    boolean sellsTier() {
        return config.subscriptionPrice * config.subscriptionTakeUp != 0;
    }

    /**
     * Weekly revenue of the paid tier bought for the owner's assistant: price x take-up x the
     * owner's free-plan users among the members (scaled), per week. Paid-plan users are left out:
     * they already pay the assistant's own subscription (Grok's paid plan is X Premium+).
     */
    public double subscriptionRevenueNow(double freePlanMembers) {
        return UnitEconomics.weekly(config.subscriptionPrice * config.subscriptionTakeUp * freePlanMembers);
    }

    /** Ad revenue this week: scaled by membership relative to the start (users weighted by region). */
    public double adRevenueNow(double[] regionShares) {
        double now = 0;
        double start = 0;
        for (int r = 0; r < members.length; r++) {
            now += members[r] * regionShares[r];
            start += initialMembers[r] * regionShares[r];
        }
        return start > 0 ? config.adRevenueWeek * now / start : 0;
    }
}
