package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.util.Arrays;
import java.util.List;
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

    /** This tick's hazards: firms' marketing and word of mouth, last tick's regional shares. */
    Awareness(ExperimentConfig config, List<Firm> firmList, Population users, UserTypes types, AwareCounts aware,
            double[][] regionFirmShare) {
        this.users = users;
        this.types = types;
        network = users.neighbours != null;
        int firms = firmList.size();
        base = new double[firms];
        wordOfMouth = new double[firms];
        pMax = new double[firms];
        p = new double[firms][];
        reach = reach(config, firmList);
        for (Firm f : firmList) {
            int j = f.index;
            if (!f.active() || aware.of(j) == users.size) {
                continue;
            }
            base[j] = f.awarenessHazard(config.market.marketingScale);
            wordOfMouth[j] = f.wordOfMouth();
            if (network) {
                pMax[j] = hazard(base[j], wordOfMouth[j], 1);
            } else {
                p[j] = new double[types.regions];
                for (int r = 0; r < types.regions; r++) {
                    p[j][r] = hazard(base[j], wordOfMouth[j], regionFirmShare[r][j]);
                    pMax[j] = Math.max(pMax[j], p[j][r]);
                }
            }
            pMax[j] *= Arrays.stream(reach[j]).max().orElse(0);
        }
    }

    /** [firm][segment] reach, read from the run's config (so setParameter events change it live). */
    private static double[][] reach(ExperimentConfig config, List<Firm> firms) {
        return firms.stream().map(f -> config.firms.get(f.id).reach.inOrder()).toArray(double[][]::new);
    }

    /**
     * Initial awareness in a segment is the firm's initialAwareness times its reach there: each
     * user drawn aware of the firm keeps it with probability reach (own stream per block, and no
     * draw where the reach is 1, so configs without reach give the same runs as before).
     */
    static void limitInitialReach(ExperimentConfig config, List<Firm> firms, Population users, UserTypes types,
            List<Block> blocks, Streams streams) {
        double[][] reach = reach(config, firms);
        for (Block block : blocks) {
            var rng = streams.stream(Streams.REACH, 0, block.index);
            for (int i = block.start; i < block.end; i++) {
                int segment = types.segment(users.type[i]);
                for (int known = users.aware[i]; known != 0; known &= known - 1) {
                    int j = Integer.numberOfTrailingZeros(known);
                    double keep = reach[j][segment];
                    if (keep < 1 && rng.nextDouble() >= keep) {
                        users.aware[i] &= ~(1 << j);
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
