package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5 of MODEL.md §3: reviews and logit choices (§7.1, §7.2), synchronous: every user reads the
 * previous tick's choices, new ones go to a second buffer, swapped at the end; the tallies are
 * updated from the blocks' logs after the parallel phase.
 */
final class ChoiceStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;

    ChoiceStep(Market market) {
        this.market = market;
    }

    @Override
    public void step(SimState state) {
        Market m = market;
        int tick = m.tick();
        m.offers.update(m.firms, m.platforms, m.regionFirmShare, tick);
        ExpectedDemand expected = m.expectedDemand();
        if (expected != null) {
            m.previousAdopters = m.metrics.adopters();
            expected.update(m, tick);
            m.switches = 0;
            m.churned = 0;
            m.regionFirmShare = expected.regionFirmShare(m.types, m.firms.size());
            return;
        }
        if (m.logitKernel != null) {
            m.logitKernel.refresh(m.offers);
        }
        Choices choices = new Choices(m, m.tally.anyStranded(m.offers));
        m.runner.forEachBlock(b -> choices.review(m.blocks[b], m.streams.stream(Streams.CHOICE, tick, b), tick));
        m.previousAdopters = m.metrics.adopters();
        m.switches = 0;
        m.churned = 0;
        long reviews = 0;
        for (Block block : m.blocks) {
            for (int k = 0; k < block.logSize; k++) {
                m.tally.apply(block.log[k]);
            }
            m.switches += block.switches;
            m.churned += block.churned;
            reviews += block.reviews;
        }
        m.countReviews(reviews);
        m.users.swapChoices();
        // What next tick's users read as "previous choices" (events may move users before then).
        m.regionFirmShare = m.tally.regionFirmShare(m.firms.size());
    }
}
