package chatshare.model;

import java.util.List;

/**
 * Platform membership and what members learn: drift and shocks move users between user types
 * (the tallies follow), promotions make members aware of a firm. Used by the platform step and
 * by platformShock and platformPromotion events. Writes the users' types and awareness, the
 * platforms' member shares, the tallies and the awareness counts.
 */
final class Membership {
    private final List<Platform> platforms;
    private final Population users;
    private final UserTypes types;
    private final Tally tally;
    private final AwareCounts aware;
    private final BlockRunner runner;
    private final Streams streams;

    Membership(List<Platform> platforms, Population users, UserTypes types, Tally tally, AwareCounts aware,
            BlockRunner runner, Streams streams) {
        this.platforms = platforms;
        this.users = users;
        this.types = types;
        this.tally = tally;
        this.aware = aware;
        this.runner = runner;
        this.streams = streams;
    }

    /** Makes every member of the platform aware of the firm; returns how many agents learnt of it. */
    long promote(Platform platform, Firm firm) {
        int p = platforms.indexOf(platform);
        int bit = 1 << firm.index;
        long learnt = 0;
        for (int i = 0; i < users.size; i++) {
            if ((types.platformMask(users.type[i]) >>> p & 1) != 0 && (users.aware[i] & bit) == 0) {
                users.aware[i] |= bit;
                learnt++;
            }
        }
        aware.add(firm.index, learnt);
        return learnt;
    }

    /**
     * Multiplies platform p's member share in one region (or every region: region -1) by k:
     * each member stays with probability min(1, k) and each non-member joins with probability
     * (s k - s) / (1 - s) for member share s, membership capped at 1. Blocks are visited in order, each with its own
     * stream, and the tallies follow every change of user type.
     */
    void scale(int p, int region, double k, int purpose, int tick) {
        Platform platform = platforms.get(p);
        int regions = types.regions;
        double[] stay = new double[regions];
        double[] join = new double[regions];
        for (int r = 0; r < regions; r++) {
            double before = platform.members(r);
            double after = region < 0 || r == region ? Math.min(1, before * k) : before;
            platform.setMembers(r, after);
            stay[r] = before > 0 ? Math.min(1, after / before) : 1;
            join[r] = after > before ? (after - before) / (1 - before) : 0;
        }
        int bit = 1 << p;
        for (Block block : runner.blocks()) {
            var rng = streams.stream(purpose, tick, block.index);
            for (int i = block.start; i < block.end; i++) {
                int type = users.type[i];
                int r = types.region(type);
                int mask = types.platformMask(type);
                boolean member = (mask & bit) != 0;
                boolean next = EventEffects.draw(rng, member ? stay[r] : join[r]);
                if (next != member) {
                    int moved = types.of(r, types.segment(type), mask ^ bit);
                    tally.moveType(type, moved, users.choice[i]);
                    users.type[i] = (short) moved;
                }
            }
        }
    }
}
