package chatshare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void studentIntervalOfKnownValues() {
        Interval i = Interval.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, i.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3), i.sd(), 1e-15);
        double half = 3.182446305284263 * Math.sqrt(5.0 / 3) / 2; // t(0.975, 3) = 3.1824463
        assertEquals(2.5 - half, i.low(), 1e-9);
        assertEquals(2.5 + half, i.high(), 1e-9);
        assertEquals(half, i.halfWidth(), 1e-9);
        assertEquals((i.high() - i.low()) / 2, i.halfWidth(), 1e-12);
        assertTrue(Double.isNaN(Interval.of(new double[] {7}).low()), "no interval from one replicate");
        assertTrue(Double.isNaN(Interval.of(new double[] {7}).halfWidth()));
        assertEquals(0, Interval.of(new double[] {7, 7, 7}).halfWidth(), "no spread, no width");
    }

    @Test
    void coverageIsCloseToNinetyFivePercent() {
        // 4 000 intervals from 5 normal draws each: coverage is binomial(4000, 0.95); 5 SD = 0.017.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int covered = 0;
        for (int k = 0; k < 4000; k++) {
            double[] x = new double[5];
            for (int j = 0; j < 5; j++) {
                x[j] = 3 + 2 * normal.sample();
            }
            Interval i = Interval.of(x);
            covered += i.low() <= 3 && 3 <= i.high() ? 1 : 0;
        }
        assertEquals(0.95, covered / 4000.0, 5 * Math.sqrt(0.95 * 0.05 / 4000));
    }

    @Test
    void replicateOutcomesFollowTheRows() {
        ReplicateSummary s = new ReplicateSummary();
        s.add("a", 0, 0.05, true, 1e6);
        s.add("a", 1, 0.12, true, 2e6);
        s.add("a", 2, 0.20, false, 0);
        var a = s.outcomes().get("a");
        assertEquals(0.20, a.finalShare(), 1e-15);
        assertEquals(0.37 / 3, a.meanShare(), 1e-15);
        assertEquals(1, a.ticksTo10Percent());
        assertEquals(2, a.exitTick());
        assertEquals(3e6, a.revenue());
        List<Double> row = ReplicateSummary.row(List.of(a, a));
        assertEquals(ReplicateSummary.header().size(), row.size());
        assertEquals(1.0, row.get(ReplicateSummary.header().indexOf("exit_probability")));
        assertEquals(0.0, row.get(ReplicateSummary.header().indexOf("finalShare_ci95_halfWidth")));
        assertEquals(0.20, ReplicateSummary.output(a, "finalShare"));
        assertEquals(0.37 / 3, ReplicateSummary.output(a, "meanShare"), 1e-15);
    }
}
