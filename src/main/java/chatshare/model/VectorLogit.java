package chatshare.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The logit draw with one SIMD lane per alternative: utilities and exp of a user's 11 BC1
 * alternatives take two 8-lane vectors instead of 11 scalar passes. Every lane performs the same
 * IEEE operations, in the same order, as the scalar code ({@link Offers#utilities},
 * {@link Exp#exp}); lanewise add, mul and fma are exactly rounded, so the bits agree on every
 * machine and with any lane count. The built-in lanewise EXP is not used: it promises no bits.
 */
final class VectorLogit implements LogitKernel {
    /**
     * At most 256 bits: BC1's 11 alternatives fill three 4-lane vectors (12 lanes) but two 8-lane
     * ones (16 lanes), and CPUs that split 512-bit operations in two (AMD Zen 4) then do a third
     * more work; measured 1.1x faster on the project's machine (docs/PERFORMANCE.md). The bits do
     * not depend on the lane count. {@code -Dchatshare.vectorBits=512} restores the widest.
     */
    static final VectorSpecies<Double> S = species(Integer.getInteger("chatshare.vectorBits", 256));
    private static final int L = S.length();
    private static final DoubleVector ZERO = DoubleVector.zero(S);
    /** Lane numbers 0, 1, 2, ... */
    private static final DoubleVector IOTA = ZERO.addIndex(1);

    private final int alts;
    private final int stride;
    private final double[] quality;
    private final double[] filtering;
    /** By [type * stride + alt]; lanes past the alternatives stay 0. */
    private final double[] price;
    private final double[] constant;
    /** -wF of the type's segment for firm alternatives, 0 for the outside option (no filtering term). */
    private final double[] negFilteringWeight;
    /** Habit weight by type (UserTypes.segment divides, too slow per review). */
    private final double[] habitWeight;
    private Offers offers;

    VectorLogit(Offers offers) {
        this.alts = offers.alternatives();
        this.stride = (alts + L - 1) / L * L;
        int types = offers.types();
        quality = new double[stride];
        filtering = new double[stride];
        price = new double[types * stride];
        constant = new double[types * stride];
        negFilteringWeight = new double[types * stride];
        habitWeight = new double[types];
    }

    @Override
    public void refresh(Offers o) {
        offers = o;
        System.arraycopy(o.quality, 0, quality, 0, alts);
        for (int k = 1; k < alts; k++) {
            filtering[k] = o.filtering[Firm.firmOf(k)];
        }
        for (int t = 0; t < o.types(); t++) {
            System.arraycopy(o.price, t * alts, price, t * stride, alts);
            System.arraycopy(o.constant, t * alts, constant, t * stride, alts);
            habitWeight[t] = o.habitWeight(t);
            double w = -o.filteringWeight(t);
            for (int k = 1; k < alts; k++) {
                negFilteringWeight[t * stride + k] = w;
            }
        }
    }

    @Override
    public long weights(Population pop, int i, int tick, double[] social, double[] w) {
        int t = pop.type[i];
        int base = t * stride;
        double a = pop.priceSensitivity[i];
        double b = pop.qualityTaste[i];
        double ideal = pop.filterIdeal[i];
        double tol = pop.tolerance[i];
        int current = pop.choice[i];
        double habit = offers.habit(habitWeight[t], tick - pop.since[i]);
        // The outside option's utility as Offers.utilities writes it (its lane computes the same value).
        double reference = constant[base] + (current == 0 ? habit : 0);
        DoubleVector habitLanes = DoubleVector.broadcast(S, habit);
        for (int k = 0; k < stride; k += L) {
            // Utilities stay in registers from assembly to exp (a store and reload would stall forwarding).
            DoubleVector x = utilities(k, base, a, b, ideal, tol, current, habitLanes, social).sub(reference);
            VectorMask<Double> inRange = x.compare(VectorOperators.GE, -Exp.LIMIT)
                    .and(x.compare(VectorOperators.LE, Exp.LIMIT));
            if (!inRange.allTrue()) {
                return 0;
            }
            exp(x).intoArray(w, k);
        }
        long available = available(pop, i, t);
        for (long absent = ~available & (-1L >>> (64 - alts)); absent != 0; absent &= absent - 1) {
            w[Long.numberOfTrailingZeros(absent)] = 0;
        }
        return available;
    }

    @Override
    public int pick(double[] w, double u, long available) {
        // Summed in alternative order like ChoiceModel.sample; absent alternatives add exact zeros.
        double total = 0;
        for (int k = 0; k < alts; k++) {
            total += w[k];
            w[k] = total;
        }
        // The first k with target < cumulative[k] is the number of cumulative sums <= target (they
        // never decrease); counting avoids a mispredicted branch per review.
        double target = u * total;
        int chosen = 0;
        for (int k = 0; k < alts; k++) {
            chosen += w[k] <= target ? 1 : 0;
        }
        return chosen < alts ? chosen : 63 - Long.numberOfLeadingZeros(available);
    }

    /** The widest species of at most maxBits that the CPU supports. */
    private static VectorSpecies<Double> species(int maxBits) {
        VectorSpecies<Double> preferred = DoubleVector.SPECIES_PREFERRED;
        return preferred.vectorBitSize() <= maxBits ? preferred
                : VectorSpecies.of(double.class, VectorShape.forBitSize(maxBits));
    }

    /** Lanes [k, k + L) of Offers.utilities for one user, operation for operation. */
    private DoubleVector utilities(int k, int base, double a, double b, double ideal, double tol, int current,
            DoubleVector habit, double[] social) {
        DoubleVector d = DoubleVector.fromArray(S, filtering, k).sub(ideal).abs().sub(tol).max(0.0);
        DoubleVector common = DoubleVector.fromArray(S, negFilteringWeight, base + k).mul(d).mul(d)
                .add(DoubleVector.fromArray(S, social, k));
        VectorMask<Double> isCurrent = IOTA.compare(VectorOperators.EQ, current - k);
        return DoubleVector.fromArray(S, quality, k).mul(b)
                .sub(DoubleVector.fromArray(S, price, base + k).mul(a))
                .add(DoubleVector.fromArray(S, constant, base + k))
                .add(common)
                .add(ZERO.blend(habit, isCurrent));
    }

    /** Alternatives user i can choose: offered to its type and of a firm it knows. */
    private long available(Population pop, int i, int t) {
        long available = offers.altMask[t];
        int offered = offers.offeredFirms[t];
        for (int unknown = offered & ~pop.aware[i]; unknown != 0; unknown &= unknown - 1) {
            available &= ~(3L << Firm.freeAlt(Integer.numberOfTrailingZeros(unknown)));
        }
        return available;
    }

    /**
     * {@link Exp#exp} over lanes of any width, operation for operation; arguments must lie in
     * [-LIMIT, LIMIT].
     */
    static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> s = x.species();
        DoubleVector t = x.fma(Exp.LOG2E, Exp.SHIFT);
        DoubleVector k = t.sub(Exp.SHIFT).neg();
        DoubleVector r = k.fma(DoubleVector.broadcast(s, Exp.LN2_HI), x);
        r = k.fma(DoubleVector.broadcast(s, Exp.LN2_LO), r);
        double[] c = Exp.COEFFICIENTS;
        DoubleVector p = DoubleVector.broadcast(s, c[0]);
        for (int n = 1; n < c.length; n++) {
            p = p.fma(r, DoubleVector.broadcast(s, c[n]));
        }
        DoubleVector one = DoubleVector.broadcast(s, 1.0);
        p = p.fma(r, one).fma(r, one);
        LongVector scale = t.reinterpretAsLongs().sub(Exp.SHIFT_BITS).lanewise(VectorOperators.LSHL, 52);
        return p.reinterpretAsLongs().add(scale).reinterpretAsDoubles();
    }
}
