package chatshare.model;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Bass-type awareness (MODEL.md 7.3): an unaware user learns of firm j with probability
 * 1 - (1 - a_j)(1 - w_j m_ij). Candidates are visited by geometric skips at the firm's largest
 * probability and accepted with p/pMax (thinning), so the cost is O(users x pMax), not O(users).
 */
final class Awareness {
    private final Population users;
    private final UserTypes types;
    private final boolean network;
    private final double[] base;
    private final double[] wordOfMouth;
    private final double[] pMax;
    /** [firm][segment] reach of the firm's channels. */
    private final double[][] reach;
    /** [firm][region] mean-field probabilities. */
    private final double[][] p;

    Awareness(Market m) {
        users = m.users;
        types = m.types;
        network = users.neighbours != null;
        int firms = m.firms.size();
        base = new double[firms];
        wordOfMouth = new double[firms];
        pMax = new double[firms];
        p = new double[firms][];
        reach = reach(m);
        for (Firm f : m.firms) {
            int j = f.index;
            if (!f.active || m.metrics.awareOf(j) == users.size) {
                continue;
            }
            base[j] = f.awarenessHazard(m.config.market.marketingScale);
            wordOfMouth[j] = f.wordOfMouth;
            if (network) {
                pMax[j] = hazard(base[j], wordOfMouth[j], 1);
            } else {
                p[j] = new double[types.regions];
                for (int r = 0; r < types.regions; r++) {
                    p[j][r] = hazard(base[j], wordOfMouth[j], m.regionFirmShare()[r][j]);
                    pMax[j] = Math.max(pMax[j], p[j][r]);
                }
            }
            pMax[j] *= Arrays.stream(reach[j]).max().orElse(0);
        }
    }

    /** [firm][segment] reach, read from the run's config (so setParameter events change it live). */
    private static double[][] reach(Market m) {
        return m.firms.stream().map(f -> m.config.firms.get(f.id).reach.inOrder()).toArray(double[][]::new);
    }

    /**
     * Initial awareness in a segment is the firm's initialAwareness times its reach there: each
     * user drawn aware of the firm keeps it with probability reach (own stream per block, and no
     * draw where the reach is 1, so configs without reach give the same runs as before).
     */
    static void limitInitialReach(Market m) {
        double[][] reach = reach(m);
        for (int b = 0; b < m.blocks.length; b++) {
            var rng = m.streams.stream(Streams.REACH, 0, b);
            for (int i = m.blocks[b].start; i < m.blocks[b].end; i++) {
                int segment = m.types.segment(m.users.type[i]);
                for (int known = m.users.aware[i]; known != 0; known &= known - 1) {
                    int j = Integer.numberOfTrailingZeros(known);
                    double keep = reach[j][segment];
                    if (keep < 1 && rng.nextDouble() >= keep) {
                        m.users.aware[i] &= ~(1 << j);
                    }
                }
            }
        }
    }

    private static double hazard(double a, double w, double adoption) {
        return 1 - (1 - a) * (1 - w * adoption);
    }

    void spread(Block block, UniformRandomProvider rng) {
        Arrays.fill(block.newlyAware, 0);
        for (int j = 0; j < pMax.length; j++) {
            if (pMax[j] <= 0) {
                continue;
            }
            int bit = 1 << j;
            SharedStateDiscreteSampler skip = GeometricSampler.of(rng, pMax[j]);
            for (long k = block.start + (long) skip.sample(); k < block.end; k += 1L + skip.sample()) {
                int i = (int) k;
                if ((users.aware[i] & bit) != 0) {
                    continue;
                }
                int type = users.type[i];
                double pi = (network ? hazard(base[j], wordOfMouth[j], friendShare(i, j)) : p[j][types.region(type)])
                        * reach[j][types.segment(type)];
                if (pi < pMax[j] && rng.nextDouble() * pMax[j] >= pi) {
                    continue;
                }
                users.aware[i] |= bit;
                block.newlyAware[j]++;
            }
        }
    }

    private double friendShare(int i, int firm) {
        int using = 0;
        for (int k = i * users.degree, end = k + users.degree; k < end; k++) {
            int c = users.choice[users.neighbours[k]];
            if (c != 0 && Firm.firmOf(c) == firm) {
                using++;
            }
        }
        return (double) using / users.degree;
    }
}
