package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exp.exp is an accurate replacement of Math.exp: within 1 ulp over the range utilities take. */
class ExpTest {
    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
    }

    private static long worstUlps(double lo, double hi, int samples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long worst = 0;
        for (int s = 0; s < samples; s++) {
            double x = lo + (hi - lo) * rng.nextDouble();
            double e = Exp.exp(x);
            worst = Math.max(worst, Math.max(ulps(e, Math.exp(x)), ulps(e, StrictMath.exp(x))));
        }
        return worst;
    }

    @Test
    void withinOneUlpWhereUtilityDifferencesLie() {
        // BC1's utility gaps lie in about [-30, 5]; wider configs still stay far inside [-100, 100].
        assertTrue(worstUlps(-40, 10, 2_000_000, 1) <= 1);
        assertTrue(worstUlps(-100, 100, 1_000_000, 2) <= 1);
    }

    @Test
    void withinOneUlpOverThePolynomialsWholeRange() {
        assertTrue(worstUlps(-Exp.LIMIT, Exp.LIMIT, 1_000_000, 3) <= 1);
    }

    @Test
    void exactWhereExpIsExact() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
    }

    @Test
    void outsideThePolynomialsRangeItIsTheLibraryFunction() {
        for (double x : new double[] {-745.2, -720, -700.0001, 700.0001, 709.7, 710}) {
            assertEquals(StrictMath.exp(x), Exp.exp(x), "x = " + x);
        }
    }

    @Test
    void monotoneAcrossTheReductionBoundaries() {
        // Each odd multiple of ln 2 / 2 switches k; the result must not step backwards there. Near 0
        // one step of x moves exp by less than an ulp, so only |x| >= 8 can be checked this way.
        for (int k = -1000; k <= 1000; k++) {
            if (Math.abs(k) < 24) {
                continue;
            }
            double edge = k * Math.log(2) / 2;
            double below = Math.nextDown(edge);
            double above = Math.nextUp(edge);
            assertTrue(Exp.exp(below) <= Exp.exp(edge) && Exp.exp(edge) <= Exp.exp(above), "near " + edge);
        }
    }
}
