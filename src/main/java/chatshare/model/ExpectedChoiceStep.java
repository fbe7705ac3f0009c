package chatshare.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5 of MODEL.md §3 in the expected-demand mode (market.demand = expected): instead of drawn
 * choices, the exact logit probabilities of every agent are booked (ExpectedDemand). Reads the
 * firms, platforms and users; writes this tick's offer tables, the expected demand and the tick's
 * choice outcome (no switches or churn are counted).
 */
final class ExpectedChoiceStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Firm> firms;
    private final List<Platform> platforms;
    private final Population users;
    private final Offers offers;
    private final ExpectedDemand expected;
    private final TickChoices outcome;

    ExpectedChoiceStep(List<Firm> firms, List<Platform> platforms, Population users, Offers offers,
            ExpectedDemand expected, TickChoices outcome) {
        this.firms = firms;
        this.platforms = platforms;
        this.users = users;
        this.offers = offers;
        this.expected = expected;
        this.outcome = outcome;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        offers.update(firms, platforms, outcome.regionFirmShare(), tick);
        double before = expected.adopters();
        expected.update(offers, users, tick);
        outcome.record(before, 0, 0, 0, expected.regionFirmShare(firms.size()));
    }
}
