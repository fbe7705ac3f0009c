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
                double pi = network ? hazard(base[j], wordOfMouth[j], friendShare(i, j))
                        : p[j][types.region(users.type[i])];
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
