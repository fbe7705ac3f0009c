package chatshare.model;

/**
 * Read-only measures of a market's state, for the output tables, the GUI and the model's own
 * rules: shares, adopters, concentration, awareness. They read the market's demand and never
 * change anything, so any observer may call them at any time.
 */
public final class MarketMetrics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Market m;

    MarketMetrics(Market market) {
        this.m = market;
    }

    /** Share of all users (agents) using the firm after the last accounting step. */
    public double share(Firm f) {
        return f.week().users() / (m.agents() * m.agentWeight());
    }

    /** Agents using some assistant (whole agents, or expected ones with market.demand = expected). */
    public double adopters() {
        return m.adopters();
    }

    /** Share of users using no assistant (NaN before the first start). */
    public double outsideShare() {
        if (!m.started()) {
            return Double.NaN;
        }
        return (m.agents() - adopters()) / m.agents();
    }

    /** Herfindahl index of shares among adopters (0..1); NaN without adopters. */
    public double hhi() {
        if (!m.started()) {
            return Double.NaN;
        }
        double adopters = adopters();
        double hhi = 0;
        for (Firm f : m.firms()) {
            double s = adopters > 0 ? f.week().users() / (adopters * m.agentWeight()) : 0;
            hhi += s * s;
        }
        return adopters > 0 ? hhi : Double.NaN;
    }

    /** Mean over firms of the share of agents aware of the firm. */
    public double awarenessMean() {
        AwareCounts aware = m.awareCounts();
        double sum = 0;
        for (int j = 0; j < aware.firms(); j++) {
            sum += (double) aware.of(j) / m.agents();
        }
        return m.firms().isEmpty() ? 0 : sum / m.firms().size();
    }

    /** Agents aware of the firm. */
    public long awareOf(int firm) {
        return m.awareCounts().of(firm);
    }

    /** [region][firm] shares now, from the tallies. */
    public double[][] regionFirmShareNow() {
        return m.tally().regionFirmShare(m.firms().size());
    }
}
