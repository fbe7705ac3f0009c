package chatshare.model;

/**
 * Platform membership and what members learn: drift and shocks move users between user types
 * (the tallies follow), promotions make members aware of a firm. Used by the platform step and
 * by platformShock and platformPromotion events.
 */
final class Membership {
    private Membership() {
    }

    /** Makes every member of the platform aware of the firm; returns how many agents learnt of it. */
    static long promote(Market m, Platform platform, Firm firm) {
        int p = m.platforms.indexOf(platform);
        int bit = 1 << firm.index;
        long learnt = 0;
        for (int i = 0; i < m.users.size; i++) {
            if ((m.types.platformMask(m.users.type[i]) >>> p & 1) != 0 && (m.users.aware[i] & bit) == 0) {
                m.users.aware[i] |= bit;
                learnt++;
            }
        }
        m.awareCount[firm.index] += learnt;
        return learnt;
    }

    /**
     * Multiplies platform p's member share in one region (or every region: region -1) by k:
     * each member stays with probability min(1, k) and each non-member joins with probability
     * (s k - s) / (1 - s) for member share s, membership capped at 1. Blocks are visited in order, each with its own
     * stream, and the tallies follow every change of user type.
     */
    static void scale(Market m, int p, int region, double k, int purpose) {
        Platform platform = m.platforms.get(p);
        double[] stay = new double[m.regionIds.size()];
        double[] join = new double[m.regionIds.size()];
        for (int r = 0; r < stay.length; r++) {
            double before = platform.members[r];
            double after = region < 0 || r == region ? Math.min(1, before * k) : before;
            platform.members[r] = after;
            stay[r] = before > 0 ? Math.min(1, after / before) : 1;
            join[r] = after > before ? (after - before) / (1 - before) : 0;
        }
        int bit = 1 << p;
        for (int b = 0; b < m.blocks.length; b++) {
            var rng = m.streams.stream(purpose, m.tick(), b);
            for (int i = m.blocks[b].start; i < m.blocks[b].end; i++) {
                int type = m.users.type[i];
                int r = m.types.region(type);
                int mask = m.types.platformMask(type);
                boolean member = (mask & bit) != 0;
                boolean next = EventEffects.draw(rng, member ? stay[r] : join[r]);
                if (next != member) {
                    int moved = m.types.of(r, m.types.segment(type), mask ^ bit);
                    m.tally.add(type, m.users.choice[i], -1);
                    m.tally.add(moved, m.users.choice[i], 1);
                    m.users.type[i] = (short) moved;
                }
            }
        }
    }
}
