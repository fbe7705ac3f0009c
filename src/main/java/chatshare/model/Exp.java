package chatshare.model;

/**
 * exp(x) in plain Java: range reduction by ln 2, a degree-13 Taylor polynomial evaluated with
 * Math.fma, and scaling by 2^k through the exponent bits. Java's floating point is strict IEEE
 * (JEP 306) and fma is exactly rounded, so the result has the same bits on every JVM 17+, unlike
 * Math.exp, whose intrinsic may differ by an ulp between CPUs. Within 1 ulp of Math.exp
 * (ExpTest). {@link VectorLogit} evaluates the same operations over SIMD lanes, so its lanes
 * have exactly these bits.
 */
public final class Exp {
    /** Arguments in [-LIMIT, LIMIT] take the polynomial; 2^k stays a normal number there. */
    static final double LIMIT = 700;
    static final double LOG2E = 1.4426950408889634;
    /** ln 2 split in two: HI is the double nearest ln 2, LO the rest (Cody-Waite). */
    static final double LN2_HI = 0x1.62e42fefa39efp-1;
    static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    /** Adding 1.5 * 2^52 rounds to an integer, which then sits in the low mantissa bits. */
    static final double SHIFT = 0x1.8p52;
    static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
    /** 1/n! for n = 13 down to 2 (the terms of degree 1 and 0 are 1). */
    static final double[] COEFFICIENTS = {
        1.0 / 6227020800L, 1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320,
        1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 1.0 / 2,
    };

    private Exp() {
    }

    public static double exp(double x) {
        if (!(x >= -LIMIT && x <= LIMIT)) {
            // Overflow, underflow to subnormals and NaN: rare, so the exact library function.
            return StrictMath.exp(x);
        }
        double t = Math.fma(x, LOG2E, SHIFT);
        double k = t - SHIFT;
        double r = Math.fma(-k, LN2_HI, x);
        r = Math.fma(-k, LN2_LO, r);
        double p = COEFFICIENTS[0];
        for (int n = 1; n < COEFFICIENTS.length; n++) {
            p = Math.fma(p, r, COEFFICIENTS[n]);
        }
        p = Math.fma(p, r, 1.0);
        p = Math.fma(p, r, 1.0);
        long scale = (Double.doubleToRawLongBits(t) - SHIFT_BITS) << 52;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(p) + scale);
    }
}
