package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md 9: tenure resets to 0 on a change, and tick t's utility uses the tenure at the start
 * of tick t, so a user who switched in t-1 has no habit bonus in t.
 */
class TenureTest {
    @Test
    void lastTicksSwitchersChooseWithoutHabit() {
        // Everybody reviews, habit builds up in one tick (T = 1) and is overwhelming once built:
        // a user who kept its choice for a tick never moves again, while one who just switched
        // has tenure 0 and draws afresh from three equally good alternatives (two firms' paid
        // plans and none), so two thirds of last tick's switchers switch again.
        int agents = 60_000;
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.ticks = 6;
        c.users.lockInTicks = 1;
        c.users.segments.consumer.habitWeight = 40;
        for (String id : new String[] {"a", "b"}) {
            FirmConfig f = TestMarkets.firm(c.users.segments.consumer.outsideUtility, 0, 0.5);
            f.freePlan = false;
            c.firms.put(id, f);
        }
        byte[][] previous = new byte[2][];
        long[] counts = new long[2]; // switchers of the previous tick, and those of them who switch again
        TestMarkets.run(c, 5, 2, (m, t) -> {
            byte[] now = m.users().choice.clone();
            if (previous[1] != null) {
                for (int i = 0; i < agents; i++) {
                    if (previous[1][i] != previous[0][i]) {
                        counts[0]++;
                        if (now[i] != previous[1][i]) {
                            counts[1]++;
                        }
                    }
                }
            }
            previous[0] = previous[1] == null ? new byte[agents] : previous[1];
            previous[1] = now;
        });
        double p = 2.0 / 3;
        double expected = p * counts[0];
        assertEquals(expected, counts[1], 5 * Math.sqrt(counts[0] * p * (1 - p)),
                counts[1] + " of " + counts[0] + " switchers switched again");
    }
}
