package chatshare.model;

/**
 * Number of agents by (user type, alternative), kept exact with integer updates from each
 * block's change log, so the order in which blocks are merged cannot change any result.
 */
public final class Tally implements Demand {
    private final UserTypes types;
    private final int alts;
    final int[] counts;

    public Tally(UserTypes types, int alts) {
        this.types = types;
        this.alts = alts;
        this.counts = new int[types.count * alts];
    }

    public int count(int type, int alt) {
        return counts[type * alts + alt];
    }

    @Override
    public double demand(int type, int alt) {
        return count(type, alt);
    }

    void add(int type, int alt, int delta) {
        counts[type * alts + alt] += delta;
    }

    @Override
    public double adopters() {
        return adopters(types, alts, k -> counts[k]);
    }

    /** Agents on some alternative but the outside option, from counts by [type * alts + alt]. */
    static double adopters(UserTypes types, int alts, java.util.function.IntToDoubleFunction count) {
        double total = 0;
        for (int t = 0; t < types.count; t++) {
            for (int a = 1; a < alts; a++) {
                total += count.applyAsDouble(t * alts + a);
            }
        }
        return total;
    }

    /** Packs a change of choice for a block's log: type (16 bits), from and to (6 bits each). */
    static int change(int type, int from, int to) {
        return type << 12 | from << 6 | to;
    }

    /** A block's logged change of choice (Choices). */
    void apply(int change) {
        moveChoice(change >>> 12, change >>> 6 & 63, change & 63);
    }

    /** One agent of the type changes its choice now (a choice step's log, an acquisition). */
    void moveChoice(int type, int from, int to) {
        add(type, from, -1);
        add(type, to, 1);
    }

    /** One agent on the alternative changes type (platform membership). */
    void moveType(int from, int to, int alt) {
        add(from, alt, -1);
        add(to, alt, 1);
    }

    /** [region][firm] share of the region's agents whose choice is the firm (any plan). */
    public double[][] regionFirmShare(int firms) {
        return regionFirmShare(types, alts, firms, k -> counts[k]);
    }

    /** [region][firm] shares from agent counts by [type * alts + alt] (whole or expected agents). */
    static double[][] regionFirmShare(UserTypes types, int alts, int firms, java.util.function.IntToDoubleFunction count) {
        double[][] share = new double[types.regions][firms];
        double[] regionTotal = new double[types.regions];
        for (int t = 0; t < types.count; t++) {
            int r = types.region(t);
            int base = t * alts;
            for (int a = 0; a < alts; a++) {
                double n = count.applyAsDouble(base + a);
                regionTotal[r] += n;
                if (a > 0) {
                    share[r][Firm.firmOf(a)] += n;
                }
            }
        }
        for (int r = 0; r < types.regions; r++) {
            for (int j = 0; j < firms; j++) {
                share[r][j] = regionTotal[r] > 0 ? share[r][j] / regionTotal[r] : 0;
            }
        }
        return share;
    }

    /** True when some agent's current alternative is no longer offered to its type. */
    public boolean anyStranded(Offers offers) {
        for (int t = 0; t < types.count; t++) {
            for (int a = 1; a < alts; a++) {
                if (counts[t * alts + a] > 0 && !offers.offers(t, a)) {
                    return true;
                }
            }
        }
        return false;
    }
}
