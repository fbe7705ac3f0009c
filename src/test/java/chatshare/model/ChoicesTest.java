package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * Choices on its own, one block of one tick: the change log accounts exactly for the new buffer,
 * nobody reviews at review probability 0, a stranded user is always moved, and the same stream
 * gives the same choices.
 */
class ChoicesTest {
    private static Market market(double reviewProb) {
        ExperimentConfig c = TestMarkets.pureLogit(3000);
        c.users.segments.consumer.reviewProb = reviewProb;
        c.firms.put("a", TestMarkets.firm(3, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(2, 10, 0.5));
        Market m = new Market(c, 17, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        return m;
    }

    private static Block review(Market m, long seed) {
        World w = m.world();
        Block block = w.runner().blocks().get(0);
        if (w.kernel() != null) { // the SIMD route reads the same tables, refreshed as the choice step does
            w.kernel().refresh(w.offers());
        }
        new Choices(w.users(), w.types(), w.offers(), w.kernel(), w.tally().anyStranded(w.offers()))
                .review(block, new Streams(seed).stream(Streams.CHOICE, 0, 0), 0);
        return block;
    }

    @Test
    void theLogAccountsExactlyForTheNewChoices() {
        Market m = market(0.5);
        Block block = review(m, 1);
        Tally fromLog = new Tally(m.types(), m.offers().alternatives());
        Tally recount = new Tally(m.types(), m.offers().alternatives());
        int changed = 0;
        for (int i = block.start; i < block.end; i++) {
            fromLog.add(m.users().type[i], m.users().choice[i], 1);
            recount.add(m.users().type[i], m.users().nextChoice[i], 1);
            changed += m.users().choice[i] != m.users().nextChoice[i] ? 1 : 0;
        }
        for (int k = 0; k < block.logSize; k++) {
            fromLog.apply(block.log[k]);
        }
        assertArrayEquals(recount.counts, fromLog.counts);
        assertEquals(changed, block.logSize);
        assertEquals(changed, block.switches);
        assertTrue(block.reviews > 0.4 * m.agents() && block.reviews < 0.6 * m.agents(), "reviews " + block.reviews);
        assertTrue(changed > 0, "at review probability 1/2 some users switch");
    }

    @Test
    void nobodyReviewsAtProbabilityZero() {
        Market m = market(0);
        Block block = review(m, 2);
        assertEquals(0, block.reviews);
        assertEquals(0, block.logSize);
        assertArrayEquals(m.users().choice, m.users().nextChoice);
    }

    @Test
    void aUserWhoseChoiceIsNoLongerOfferedIsAlwaysMoved() {
        Market m = market(0);
        Firm a = m.firm("a");
        int stranded = 5;
        m.tally().add(m.users().type[stranded], m.users().choice[stranded], -1);
        m.users().choice[stranded] = (byte) Firm.paidAlt(a.index);
        m.tally().add(m.users().type[stranded], Firm.paidAlt(a.index), 1);
        a.exit(m.tick(), "test", m.eventLog());
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        Block block = review(m, 3);
        assertEquals(1, block.reviews, "only the stranded user reviews when nobody else does");
        assertTrue(m.users().nextChoice[stranded] != Firm.paidAlt(a.index));
        assertEquals(1, block.churned, "leaving a firm that left is churn");
    }

    @Test
    void theSameStreamGivesTheSameChoices() {
        Market first = market(0.5);
        review(first, 9);
        Market second = market(0.5);
        review(second, 9);
        assertArrayEquals(first.users().nextChoice, second.users().nextChoice);
    }
}
