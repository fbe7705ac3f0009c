package chatshare.model;

import chatshare.config.ControversyConfig;
import chatshare.config.ExperimentConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3 of MODEL.md §3: regulators check firms, then controversies are drawn (§7.7). A firm below
 * a region's floor is caught with probability hazard x (1 + its scrutiny), fined fineRate x its
 * annualised revenue in the region and given a strike; at the strike limit it is banned from the
 * region until its filtering is back above the floor. Reads the regulators, the controversy keys
 * and the firms' offers and weeks; writes the firms' presence, reputation and cash.
 */
final class RegulationStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ExperimentConfig config;
    private final List<String> regionIds;
    private final Regulator[] regulators;
    private final List<Firm> firms;
    private final Streams streams;
    private final EventLog log;

    RegulationStep(ExperimentConfig config, List<String> regionIds, Regulator[] regulators, List<Firm> firms,
            Streams streams, EventLog log) {
        this.config = config;
        this.regionIds = regionIds;
        this.regulators = regulators;
        this.firms = firms;
        this.streams = streams;
        this.log = log;
    }

    @Override
    public void step(SimState state) {
        UniformRandomProvider rng = streams.stream(Streams.REGULATION, (int) state.schedule.getTime(), 0);
        for (int r = 0; r < regulators.length; r++) {
            for (Firm f : firms) {
                if (f.active() && f.presence().operatesIn(r)) {
                    check(f, r, regulators[r], rng);
                }
            }
        }
        controversies(rng);
    }

    private void check(Firm f, int r, Regulator reg, UniformRandomProvider rng) {
        String region = regionIds.get(r);
        Presence presence = f.presence();
        boolean compliant = f.offer().filtering() >= reg.fMin();
        if (presence.bannedIn(r)) {
            if (compliant) {
                presence.unban(r);
                log.record(new EventRecord("unban", f.id, "", region, Double.NaN, "filtering back above fMin"));
            }
            return;
        }
        if (compliant || rng.nextDouble() >= Math.min(1, reg.hazard() * (1 + f.reputation().scrutiny()))) {
            return;
        }
        double fine = reg.fineRate() * f.week().regionRevenue(r) * 52;
        f.accounts().pay(fine);
        int strikes = presence.strike(r);
        log.record(new EventRecord("fine", f.id, "", region, fine, "strike " + strikes + " of " + reg.strikeLimit()));
        if (strikes >= reg.strikeLimit()) {
            presence.ban(r);
            log.record(new EventRecord("ban", f.id, "", region, Double.NaN, "until filtering >= " + reg.fMin()));
        }
    }

    private void controversies(UniformRandomProvider rng) {
        ControversyConfig c = config.controversy;
        double decay = Math.pow(0.5, 1 / c.halfLifeTicks);
        for (Firm f : firms) {
            Reputation reputation = f.reputation();
            reputation.decay(decay);
            while (reputation.takeScheduled()) {
                if (f.active()) {
                    hit(f, "event");
                }
            }
            double filtering = f.offer().filtering();
            double p = c.rate * (1 - filtering) * (1 - filtering) * f.exposure();
            if (f.active() && p > 0 && rng.nextDouble() < p) {
                hit(f, "drawn");
            }
        }
    }

    /** A controversy hits the firm: reputation falls and regulators look harder. */
    private void hit(Firm f, String cause) {
        f.reputation().hit(config.controversy.reputationHit, config.controversy.scrutinyBoost);
        log.record(new EventRecord("controversy", f.id, "", "", config.controversy.reputationHit, cause));
    }
}
