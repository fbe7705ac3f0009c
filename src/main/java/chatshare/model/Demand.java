package chatshare.model;

/**
 * Agents by (user type, alternative) this tick, what the books and the market's readings count:
 * whole agents (Tally) or expected ones (ExpectedDemand, market.demand = expected).
 */
interface Demand {
    double demand(int type, int alt);

    /** Agents using some assistant. */
    double adopters();
}
