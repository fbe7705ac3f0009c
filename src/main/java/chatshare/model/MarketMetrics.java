package chatshare.model;

/**
 * Read-only measures of a market's state, for the output tables, the GUI and the model's own
 * rules: shares, adopters, concentration, awareness. They read the market's tallies (or the
 * expected demand) and never change anything, so any observer may call them at any time.
 */
public final class MarketMetrics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Market m;

    MarketMetrics(Market market) {
        this.m = market;
    }

    /** Share of all users (agents) using the firm after the last accounting step. */
    public double share(Firm f) {
        return f.users / (m.agents() * m.agentWeight);
    }

    /** Agents using some assistant (whole agents, or expected ones with market.demand = expected). */
    public double adopters() {
        double total = 0;
        for (int t = 0; t < m.types.count; t++) {
            for (int a = 1; a < m.offers.alternatives(); a++) {
                total += m.demand(t, a);
            }
        }
        return total;
    }

    /** Share of users using no assistant (NaN before the first start). */
    public double outsideShare() {
        if (m.users == null) {
            return Double.NaN;
        }
        return (m.agents() - adopters()) / m.agents();
    }

    /** Herfindahl index of shares among adopters (0..1); NaN without adopters. */
    public double hhi() {
        if (m.users == null) {
            return Double.NaN;
        }
        double adopters = adopters();
        double hhi = 0;
        for (Firm f : m.firms) {
            double s = adopters > 0 ? f.users / (adopters * m.agentWeight) : 0;
            hhi += s * s;
        }
        return adopters > 0 ? hhi : Double.NaN;
    }

    /** Mean over firms of the share of agents aware of the firm. */
    public double awarenessMean() {
        double sum = 0;
        for (long c : m.awareCount) {
            sum += (double) c / m.users.size;
        }
        return m.firms.isEmpty() ? 0 : sum / m.firms.size();
    }

    /** Agents aware of the firm. */
    public long awareOf(int firm) {
        return m.awareCount[firm];
    }

    /** [region][firm] shares now, from the tallies. */
    public double[][] regionFirmShareNow() {
        return m.tally.regionFirmShare(m.firms.size());
    }
}
