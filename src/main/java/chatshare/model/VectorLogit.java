package chatshare.model;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The logit draw with one SIMD lane per reviewer: a batch of reviewers is assembled into lanes and
 * the loop runs over the alternatives, so every lane is busy and the cumulative sum and the pick
 * are lanewise too. Every lane performs the same IEEE operations, in the same order, as the
 * scalar code ({@link Offers#utilities}, {@link Exp#exp}, {@link ChoiceModel#sample}); lanewise
 * add, mul and fma are exactly rounded, so the bits agree on every machine and with any lane
 * count. The built-in lanewise EXP is not used: it promises no bits.
 */
final class VectorLogit implements LogitKernel {
    /**
     * The widest vectors the CPU has, up to 512 bits: with lanes over reviewers no lane idles,
     * and 512 bits measured faster than 256 on the project's machine (docs/PERFORMANCE.md).
     * {@code -Dchatshare.vectorBits=256} narrows them for comparison; the bits do not depend on
     * the lane count.
     */
    static final VectorSpecies<Double> S = species(Integer.getInteger("chatshare.vectorBits", 512));
    private static final int L = S.length();

    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, S.vectorShape());
    private static final DoubleVector ZERO = DoubleVector.zero(S);
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);

    /** The per-type terms of an alternative, in this order, each repeated over the L lanes. */
    private static final int PRICE = 0;
    private static final int CONSTANT = 1;
    private static final int NEG_FILTERING_WEIGHT = 2;
    static final int TERMS = 3;

    private final int alts;
    private final double[] quality;
    private final double[] filtering;
    /**
     * The per-type terms by [(type * alts + alt) * TERMS + term]; the filtering weight is -wF of
     * the type's segment for firm alternatives and 0 for the outside option.
     */
    private final double[] compact;
    /**
     * The same terms, each repeated over the L lanes (index times L), so that a vector whose
     * reviewers share a type loads them as they are.
     */
    private final double[] rows;
    /** Habit weight by type (UserTypes.segment divides, too slow per review). */
    private final double[] habitWeight;
    private Offers offers;

    VectorLogit(Offers offers) {
        this.alts = offers.alternatives();
        quality = new double[alts];
        filtering = new double[alts];
        rows = new double[offers.types() * alts * TERMS * L];
        compact = new double[offers.types() * alts * TERMS];
        habitWeight = new double[offers.types()];
    }

    @Override
    public void refresh(Offers o) {
        offers = o;
        System.arraycopy(o.quality, 0, quality, 0, alts);
        for (int k = 1; k < alts; k++) {
            filtering[k] = o.filtering[Firm.firmOf(k)];
        }
        for (int t = 0; t < o.types(); t++) {
            habitWeight[t] = o.habitWeight(t);
            for (int k = 0; k < alts; k++) {
                int at = (t * alts + k) * TERMS;
                compact[at + PRICE] = o.price[t * alts + k];
                compact[at + CONSTANT] = o.constant[t * alts + k];
                compact[at + NEG_FILTERING_WEIGHT] = k == 0 ? 0 : -o.filteringWeight(t);
            }
        }
        for (int q = 0; q < compact.length; q++) {
            Arrays.fill(rows, q * L, (q + 1) * L, compact[q]);
        }
    }

    /** Assembles each reviewer's own terms into lanes, then draws the lanes one vector at a time. */
    @Override
    public void draw(Population pop, int tick, ReviewerBatch batch) {
        int n = batch.size;
        int padded = (n + L - 1) / L * L;
        for (int lane = 0; lane < padded; lane++) {
            // Lanes past the batch repeat its last reviewer; their results are ignored.
            int i = batch.user[Math.min(lane, n - 1)];
            int t = pop.type[i];
            batch.typeStart[lane] = t * alts * TERMS;
            batch.priceSensitivity[lane] = pop.priceSensitivity[i];
            batch.qualityTaste[lane] = pop.qualityTaste[i];
            batch.filterIdeal[lane] = pop.filterIdeal[i];
            batch.tolerance[lane] = pop.tolerance[i];
            int current = pop.choice[i];
            double habit = offers.habit(habitWeight[t], tick - pop.since[i]);
            batch.current[lane] = current;
            batch.habit[lane] = habit;
            batch.reference[lane] = compact[batch.typeStart[lane] + CONSTANT] + (current == 0 ? habit : 0);
            batch.available[lane] = available(pop, i, t);
            batch.uniform[lane] = batch.u[Math.min(lane, n - 1)];
        }
        for (int g = 0; g < padded; g += L) {
            drawLanes(batch, g);
        }
    }

    /**
     * The reviewers in lanes [g, g + L). Their own terms were written a whole batch earlier, so the
     * vector loads do not stall on store forwarding. Each vector comes from one expression, never
     * from two branches: in JDK 17 a vector merged from branches, or carried round a loop, is boxed
     * on every iteration, so the loop carries its sums through memory and the terms of a vector
     * whose reviewers differ in type are copied into lanes rather than gathered (JDK 17 does not
     * compile gathers of doubles to vector code either).
     */
    private void drawLanes(ReviewerBatch batch, int g) {
        double[] terms = rows;
        int row = batch.typeStart[g] * L;
        if (!sameType(batch.typeStart, g)) {
            terms = batch.terms;
            row = 0;
            for (int lane = 0; lane < L; lane++) {
                for (int q = 0, from = batch.typeStart[g + lane]; q < alts * TERMS; q++) {
                    terms[q * L + lane] = compact[from + q];
                }
            }
        }
        DoubleVector a = DoubleVector.fromArray(S, batch.priceSensitivity, g);
        DoubleVector b = DoubleVector.fromArray(S, batch.qualityTaste, g);
        DoubleVector ideal = DoubleVector.fromArray(S, batch.filterIdeal, g);
        DoubleVector tol = DoubleVector.fromArray(S, batch.tolerance, g);
        DoubleVector habit = DoubleVector.fromArray(S, batch.habit, g);
        DoubleVector current = DoubleVector.fromArray(S, batch.current, g);
        DoubleVector reference = DoubleVector.fromArray(S, batch.reference, g);
        LongVector available = LongVector.fromArray(LONGS, batch.available, g);
        // The outside option weighs exp(v_0 - v_0) = 1. (When v_0 is not finite, no other x is
        // either, so the range check sends the lane to the generic route.)
        long drawn = -1L;
        double[] cumulative = batch.cumulative;
        ONE.intoArray(cumulative, 0);
        for (int k = 1; k < alts; k++) {
            int at = row + k * TERMS * L;
            DoubleVector d = DoubleVector.broadcast(S, filtering[k]).sub(ideal).abs().sub(tol).max(0.0);
            DoubleVector x = DoubleVector.broadcast(S, quality[k]).mul(b)
                    .sub(DoubleVector.fromArray(S, terms, at + PRICE * L).mul(a))
                    .add(DoubleVector.fromArray(S, terms, at + CONSTANT * L))
                    .add(DoubleVector.fromArray(S, terms, at + NEG_FILTERING_WEIGHT * L).mul(d).mul(d)
                            .add(DoubleVector.fromArray(S, batch.social, k * ReviewerBatch.MAX + g)))
                    .add(ZERO.blend(habit, current.compare(VectorOperators.EQ, k)))
                    .sub(reference);
            drawn &= lanes(x.compare(VectorOperators.GE, -Exp.LIMIT).and(x.compare(VectorOperators.LE, Exp.LIMIT)));
            // Alternatives a reviewer cannot choose weigh exactly 0, as if left out of the sum.
            DoubleVector w = exp(x).blend(ZERO, available.and(1L << k).compare(VectorOperators.EQ, 0).cast(S));
            w.add(DoubleVector.fromArray(S, cumulative, (k - 1) * L)).intoArray(cumulative, k * L);
        }
        // ChoiceModel.sample's pick: the number of cumulative sums <= u * total.
        DoubleVector target = DoubleVector.fromArray(S, batch.uniform, g)
                .mul(DoubleVector.fromArray(S, cumulative, (alts - 1) * L));
        double[] count = batch.count;
        ZERO.intoArray(count, 0);
        for (int k = 0; k < alts; k++) {
            DoubleVector below = ZERO.blend(ONE, DoubleVector.fromArray(S, cumulative, k * L)
                    .compare(VectorOperators.LE, target));
            below.add(DoubleVector.fromArray(S, count, 0)).intoArray(count, 0);
        }
        for (int lane = 0; lane < L; lane++) {
            int chosen = (int) count[lane];
            batch.chosen[g + lane] = (drawn >>> lane & 1L) == 0 ? -1
                    : chosen < alts ? chosen : 63 - Long.numberOfLeadingZeros(batch.available[g + lane]);
        }
    }

    private static boolean sameType(int[] typeStart, int g) {
        for (int lane = g + 1; lane < g + L; lane++) {
            if (typeStart[lane] != typeStart[g]) {
                return false;
            }
        }
        return true;
    }

    /** The mask as bits; toLong is not an intrinsic in JDK 17, so only a partial mask pays for it. */
    private static long lanes(VectorMask<Double> mask) {
        return mask.allTrue() ? -1L : mask.toLong();
    }

    /**
     * The widest species of at most maxBits that the CPU supports, with a power-of-two number of
     * bits, so that whole vectors tile a batch of reviewers (SVE allows other widths).
     */
    private static VectorSpecies<Double> species(int maxBits) {
        VectorSpecies<Double> preferred = DoubleVector.SPECIES_PREFERRED;
        int bits = Integer.highestOneBit(Math.min(maxBits, preferred.vectorBitSize()));
        return bits == preferred.vectorBitSize() ? preferred
                : VectorSpecies.of(double.class, VectorShape.forBitSize(bits));
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
