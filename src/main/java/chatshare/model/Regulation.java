package chatshare.model;

import chatshare.config.ControversyConfig;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Step 3 of MODEL.md 3 (ordering 2): regulators check firms, then controversies are drawn
 * (MODEL.md 7.7). A firm below a region's floor is caught with probability hazard x (1 + its
 * scrutiny), fined fineRate x its annualised revenue in the region and given a strike; at the
 * strike limit it is banned from the region until its filtering is back above the floor.
 */
final class Regulation {
    private Regulation() {
    }

    static void step(Market m, UniformRandomProvider rng) {
        for (int r = 0; r < m.regulators.length; r++) {
            Regulator reg = m.regulators[r];
            for (Firm f : m.firms) {
                if (f.active && f.configuredIn[r]) {
                    check(m, f, r, reg, rng);
                }
            }
        }
        controversies(m, rng);
    }

    private static void check(Market m, Firm f, int r, Regulator reg, UniformRandomProvider rng) {
        String region = m.regionIds.get(r);
        boolean compliant = f.filtering >= reg.fMin;
        if (f.banned[r]) {
            if (compliant) {
                f.banned[r] = false;
                f.strikes[r] = 0;
                f.availableIn[r] = true;
                m.record(new EventRecord("unban", f.id, "", region, Double.NaN, "filtering back above fMin"));
            }
            return;
        }
        if (compliant || rng.nextDouble() >= Math.min(1, reg.hazard * (1 + f.scrutiny))) {
            return;
        }
        double fine = reg.fineRate * f.regionRevenueWeek[r] * 52;
        f.cash -= fine;
        f.strikes[r]++;
        m.record(new EventRecord("fine", f.id, "", region, fine, "strike " + f.strikes[r] + " of " + reg.strikes));
        if (f.strikes[r] >= reg.strikes) {
            f.banned[r] = true;
            f.availableIn[r] = false;
            m.record(new EventRecord("ban", f.id, "", region, Double.NaN, "until filtering >= " + reg.fMin));
        }
    }

    private static void controversies(Market m, UniformRandomProvider rng) {
        ControversyConfig c = m.config.controversy;
        double decay = Math.pow(0.5, 1 / c.halfLifeTicks);
        for (Firm f : m.firms) {
            f.reputation = f.baseReputation + (f.reputation - f.baseReputation) * decay;
            f.scrutiny *= decay;
            for (; f.scheduledControversies > 0; f.scheduledControversies--) {
                if (f.active) {
                    hit(m, f, "event");
                }
            }
            double p = c.rate * (1 - f.filtering) * (1 - f.filtering) * f.exposure;
            if (f.active && p > 0 && rng.nextDouble() < p) {
                hit(m, f, "drawn");
            }
        }
    }

    /** A controversy hits the firm: reputation falls and regulators look harder. */
    private static void hit(Market m, Firm f, String cause) {
        f.reputation -= m.config.controversy.reputationHit;
        f.scrutiny += m.config.controversy.scrutinyBoost;
        m.record(new EventRecord("controversy", f.id, "", "", m.config.controversy.reputationHit, cause));
    }
}
