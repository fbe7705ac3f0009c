package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.util.List;

/**
 * Everything one start of a market builds (MarketBuilder): the run's config copy, the random
 * streams, users, firms, platforms and regulators, and the per-tick machinery that the steps
 * share. The references are fixed for the run; what changes inside each part is owned by the
 * step that changes it.
 *
 * @param config the run's own copy of the config (live edits change it)
 * @param regionShares share of users in each region
 * @param agentWeight population represented by one agent
 * @param expected the expected-demand book (market.demand = expected), else null
 * @param kernel the SIMD route to the logit draws, null without the Vector API module
 */
record World(ExperimentConfig config, Streams streams, UserTypes types, Segments segments, Population users,
        List<Firm> firms, List<Platform> platforms, Regulator[] regulators, double[] regionShares, double agentWeight,
        Offers offers, LogitKernel kernel, Tally tally, ExpectedDemand expected, BlockRunner runner,
        Timeline timeline, AwareCounts aware, TickChoices choices, EventLog events, DemandSamples samples) {
    /** What the books and readings count: the tallies, or the expected demand. */
    Demand demand() {
        return expected != null ? expected : tally;
    }
}
