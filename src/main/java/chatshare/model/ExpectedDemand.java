package chatshare.model;

/**
 * The expected-demand mode (market.demand = expected): instead of drawing each agent's choice,
 * every agent's exact logit probabilities (Offers.utilities, ChoiceModel.probabilities) are added
 * up as fractional agent counts by (type, alternative), which the accounting books. Users' own
 * state (choice, tenure, so the habit term) stays as initialised; the mean-field social term
 * reads last tick's expected shares. With homogeneous users one agent is the whole market, so a
 * tick costs a few exp() calls.
 */
final class ExpectedDemand implements Demand {
    private final UserTypes types;
    private final int alts;
    private final double[] counts;
    private final double[] v;
    private final double[] p;
    private final byte[] alt;

    ExpectedDemand(UserTypes types, int alts) {
        this.types = types;
        this.alts = alts;
        this.counts = new double[types.count * alts];
        this.v = new double[alts];
        this.p = new double[alts];
        this.alt = new byte[alts];
    }

    /** Expected agents of the type on the alternative this tick. */
    @Override
    public double demand(int type, int a) {
        return counts[type * alts + a];
    }

    /** Recomputes the counts from the offers of this tick (Offers.update has run). */
    void update(Offers offers, Population users, int tick) {
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < users.size; i++) {
            int n = offers.utilities(users, i, tick, null, 0, v, alt);
            ChoiceModel.probabilities(v, n, p);
            int base = users.type[i] * alts;
            for (int k = 0; k < n; k++) {
                counts[base + alt[k]] += p[k];
            }
        }
    }

    @Override
    public double adopters() {
        return Tally.adopters(types, alts, k -> counts[k]);
    }

    double[][] regionFirmShare(int firms) {
        return Tally.regionFirmShare(types, alts, firms, k -> counts[k]);
    }
}
