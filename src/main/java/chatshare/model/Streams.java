package chatshare.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derives independent random streams from the master seed (MODEL.md 7.9).
 * A stream is identified by (purpose, tick, block), so what a block draws never depends on
 * which thread runs it or on how many threads there are.
 */
public final class Streams {
    public static final int INIT = 1;
    public static final int NETWORK = 2;
    public static final int AWARENESS = 3;
    public static final int CHOICE = 4;
    public static final int REGULATION = 5;
    public static final int SAMPLES = 6;
    public static final int FINANCE = 7;
    /** Exploration of qLearning firm j uses (LEARNING, lever, j). */
    public static final int LEARNING = 8;
    /** Initial awareness thinned by a firm's reach in the user's segment. */
    public static final int REACH = 9;
    /** Platform p's drift uses purpose PLATFORMS + p. */
    public static final int PLATFORMS = 100;
    /** Event k of the timeline uses purpose EVENTS + k. */
    public static final int EVENTS = 1000;

    // Streams of experiments, not of a run: salts under a sweep's or calibration's own seed.
    /** Uniform random and Latin hypercube sweep designs. */
    public static final long RANDOM_DESIGN = 0x5EED;
    /** Morris trajectories. */
    public static final long MORRIS_DESIGN = 0x3077;
    /** Saltelli (Sobol) sample matrices. */
    public static final long SALTELLI_DESIGN = 0x5A17;
    /** The common replicate seeds of a calibration's candidates. */
    public static final long CALIBRATION_REPLICATES = 0xCA11B;
    /** ABC-SMC's resampling and perturbation kernels. */
    public static final long ABC = 0xABC;

    private final long master;

    public Streams(long master) {
        this.master = master;
    }

    public UniformRandomProvider stream(int purpose, long tick, long block) {
        long h = derive(master, purpose, tick, block);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {h, mix(h)});
    }

    /** The generator of an experiment-level stream: salt (one of the constants above) under a seed. */
    public static UniformRandomProvider experiment(long seed, long salt) {
        return seeded(derive(seed, salt));
    }

    /** The generator every ChatShare stream outside a run starts from a 64-bit seed. */
    public static UniformRandomProvider seeded(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** A well-mixed long from a master seed and identifiers (one SplitMix64 step per component). */
    public static long derive(long master, long... ids) {
        long h = mix(master ^ 0x243F6A8885A308D3L);
        for (long id : ids) {
            h = mix(h ^ id);
        }
        return h;
    }

    /** SplitMix64 finaliser: a bijective, well-mixed step per identifier component. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
