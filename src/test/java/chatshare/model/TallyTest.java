package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tally on its own: exact integer counts, conserved by every change, independent of merge order. */
class TallyTest {
    private static final UserTypes TYPES = new UserTypes(2, 1); // 2 regions x 3 segments x 2 platform masks
    private static final int FIRMS = 3;
    private static final int ALTS = 1 + 2 * FIRMS;

    @Test
    void aChangePacksTypeFromAndToLosslessly() {
        Tally tally = new Tally(TYPES, ALTS);
        int lastType = TYPES.count - 1;
        tally.add(lastType, ALTS - 1, 5);
        tally.apply(Tally.change(lastType, ALTS - 1, 0));
        assertEquals(4, tally.count(lastType, ALTS - 1));
        assertEquals(1, tally.count(lastType, 0));
    }

    @Test
    void changesConserveAgentsPerTypeAndTheirOrderDoesNotMatter() {
        Random random = new Random(42);
        Tally a = filled(random);
        Tally b = filled(new Random(42));
        List<Integer> log = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            int type = random.nextInt(TYPES.count);
            int from = random.nextInt(ALTS);
            log.add(Tally.change(type, from, random.nextInt(ALTS)));
        }
        int[] before = perType(a);
        log.forEach(a::apply);
        Collections.shuffle(log, new Random(7)); // another merge order of the blocks' logs
        log.forEach(b::apply);
        assertArrayEquals(a.counts, b.counts, "the merge order of the logs cannot change a count");
        assertArrayEquals(before, perType(a), "a change moves an agent between alternatives, never between types");
    }

    @Test
    void regionSharesAddUpWithTheOutsideOptionAndCountBothPlansOfAFirm() {
        Tally tally = new Tally(TYPES, ALTS);
        int r0 = TYPES.of(0, 0, 0);
        tally.add(r0, 0, 10);                   // outside option
        tally.add(r0, Firm.freeAlt(1), 20);     // firm 1, free
        tally.add(TYPES.of(0, 2, 1), Firm.paidAlt(1), 10); // firm 1, paid, another type of region 0
        tally.add(r0, Firm.paidAlt(2), 10);
        double[][] share = tally.regionFirmShare(FIRMS);
        assertEquals(0.0, share[0][0]);
        assertEquals(0.6, share[0][1], 1e-15);
        assertEquals(0.2, share[0][2], 1e-15);
        assertEquals(1.0, 10.0 / 50 + share[0][0] + share[0][1] + share[0][2], 1e-15);
        assertArrayEquals(new double[FIRMS], share[1], "a region without agents has no shares, not NaN");
    }

    private static Tally filled(Random random) {
        Tally tally = new Tally(TYPES, ALTS);
        for (int t = 0; t < TYPES.count; t++) {
            for (int a = 0; a < ALTS; a++) {
                tally.add(t, a, 1000 + random.nextInt(100)); // enough that no count goes negative
            }
        }
        return tally;
    }

    private static int[] perType(Tally tally) {
        int[] sums = new int[TYPES.count];
        for (int t = 0; t < TYPES.count; t++) {
            for (int a = 0; a < ALTS; a++) {
                sums[t] += tally.count(t, a);
            }
        }
        return sums;
    }
}
