package chatshare.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5 of MODEL.md §3: reviews and logit choices (§7.1, §7.2), synchronous: every user reads the
 * previous tick's choices, new ones go to a second buffer, swapped at the end; the tallies are
 * updated from the blocks' logs after the parallel phase. Reads the firms, platforms and users'
 * attributes; writes this tick's offer tables, the users' choices and tenures, the tallies and
 * the tick's choice outcome.
 */
final class ChoiceStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Firm> firms;
    private final List<Platform> platforms;
    private final Population users;
    private final UserTypes types;
    private final Offers offers;
    /** Null without the Vector API module. */
    private final LogitKernel kernel;
    private final Tally tally;
    private final BlockRunner runner;
    private final Streams streams;
    private final TickChoices outcome;

    ChoiceStep(List<Firm> firms, List<Platform> platforms, Population users, UserTypes types, Offers offers,
            LogitKernel kernel, Tally tally, BlockRunner runner, Streams streams, TickChoices outcome) {
        this.firms = firms;
        this.platforms = platforms;
        this.users = users;
        this.types = types;
        this.offers = offers;
        this.kernel = kernel;
        this.tally = tally;
        this.runner = runner;
        this.streams = streams;
        this.outcome = outcome;
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        offers.update(firms, platforms, outcome.regionFirmShare(), tick);
        if (kernel != null) {
            kernel.refresh(offers);
        }
        Choices choices = new Choices(users, types, offers, kernel, tally.anyStranded(offers));
        runner.forEachBlock(b -> choices.review(b, streams.stream(Streams.CHOICE, tick, b.index), tick));
        double before = tally.adopters();
        long switches = 0;
        long churned = 0;
        long reviews = 0;
        for (Block block : runner.blocks()) {
            for (int k = 0; k < block.logSize; k++) {
                tally.apply(block.log[k]);
            }
            switches += block.switches;
            churned += block.churned;
            reviews += block.reviews;
        }
        users.swapChoices();
        // What next tick's users read as "previous choices" (events may move users before then).
        outcome.record(before, switches, churned, reviews, tally.regionFirmShare(firms.size()));
    }
}
