package chatshare.model;

import chatshare.config.BetaComponent;
import chatshare.config.SegmentConfig;
import chatshare.config.UsersConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The simulated users as primitive arrays (struct of arrays): about 30 bytes per user plus
 * 4 bytes per network link. Index i is the user; no per-user objects exist.
 */
public final class Population {
    public final int size;
    /** Region, segment and platform memberships packed by {@link UserTypes}. */
    public final short[] type;
    /** Ideal filtering level f* in [0,1]. */
    public final float[] filterIdeal;
    /** Tolerance half-width tau around f*. */
    public final float[] tolerance;
    /** Price sensitivity alpha (utility per $/month). */
    public final float[] priceSensitivity;
    /** Quality taste beta. */
    public final float[] qualityTaste;
    /** Bit j set when the user knows firm j. */
    public final int[] aware;
    /**
     * Choice read this tick (previous tick's result): 0 = none, else an alternative index. The two
     * choice buffers are the model's only public non-final fields: the choice step swaps them every
     * tick, and the hot loops read them directly.
     */
    public byte[] choice;
    /** Choice written this tick; swapped with {@link #choice} after the choice step. */
    public byte[] nextChoice;
    /** Tick from which the current choice counts (the tick after the change); tenure = tick - since. */
    public final int[] since;
    /** Neighbours of user i at [i*degree, (i+1)*degree) (SmallWorld fills them); null in mean-field mode. */
    public final int[] neighbours;
    /** Links per user; 0 in mean-field mode. */
    public final int degree;

    /** size users with degree network links each (0: mean-field, no network). */
    public Population(int size, int degree) {
        this.size = size;
        this.degree = degree;
        this.neighbours = degree > 0 ? new int[Math.multiplyExact(size, degree)] : null;
        type = new short[size];
        filterIdeal = new float[size];
        tolerance = new float[size];
        priceSensitivity = new float[size];
        qualityTaste = new float[size];
        aware = new int[size];
        choice = new byte[size];
        nextChoice = new byte[size];
        since = new int[size];
    }

    public void swapChoices() {
        byte[] t = choice;
        choice = nextChoice;
        nextChoice = t;
    }

    /** Draws the attributes of users [start, end) from the configured distributions. */
    public void draw(int start, int end, UniformRandomProvider rng, UsersConfig users, UserTypes types,
            double[] regionShares, double[][] memberships, double[] initialAwareness) {
        List<SegmentConfig> segments = users.segments.inOrder();
        double[] segmentShares = segments.stream().mapToDouble(s -> s.share).toArray();
        List<BetaComponent> mixture = users.filtering.mixture;
        double[] mixtureWeights = mixture.stream().mapToDouble(c -> c.weight).toArray();
        ContinuousSampler[] betas = mixture.stream()
                .map(c -> ChengBetaSampler.of(rng, c.a, c.b)).toArray(ContinuousSampler[]::new);
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double tolMin = users.filtering.toleranceMin;
        double tolMax = users.filtering.toleranceMax;
        for (int i = start; i < end; i++) {
            int region = pick(regionShares, rng.nextDouble());
            int segment = pick(segmentShares, rng.nextDouble());
            int mask = 0;
            for (int p = 0; p < memberships.length; p++) {
                if (rng.nextDouble() < memberships[p][region]) {
                    mask |= 1 << p;
                }
            }
            type[i] = (short) types.of(region, segment, mask);
            SegmentConfig s = segments.get(segment);
            filterIdeal[i] = (float) betas[pick(mixtureWeights, rng.nextDouble())].sample();
            tolerance[i] = (float) uniform(rng, tolMin, tolMax);
            priceSensitivity[i] = (float) (s.priceSensitivity * Exp.exp(s.priceSensitivitySpread * gauss.sample()));
            qualityTaste[i] = (float) uniform(rng, s.qualityTasteMin, s.qualityTasteMax);
            int known = 0;
            for (int j = 0; j < initialAwareness.length; j++) {
                if (rng.nextDouble() < initialAwareness[j]) {
                    known |= 1 << j;
                }
            }
            aware[i] = known;
        }
    }

    private static double uniform(UniformRandomProvider rng, double lo, double hi) {
        return lo == hi ? lo : lo + (hi - lo) * rng.nextDouble();
    }

    /** Index drawn from unnormalised weights by inverse CDF with uniform u in [0,1). */
    static int pick(double[] weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = u * total;
        double cumulative = 0;
        for (int k = 0; k < weights.length; k++) {
            cumulative += weights[k];
            if (target < cumulative) {
                return k;
            }
        }
        int last = weights.length - 1;
        while (last > 0 && weights[last] == 0) {
            last--;
        }
        return last;
    }
}
