package chatshare.model;

import chatshare.config.SegmentsConfig;
import java.util.List;

/**
 * What each user type is offered this tick: every term of the utility (MODEL.md 7.1) that does
 * not depend on the individual user is precomputed per (type, alternative) once per tick, so
 * the per-user work is a few multiply-adds and one exp per alternative.
 */
public final class Offers {
    private final UserTypes types;
    private final Segments segments;
    private final int alts;
    private final boolean meanField;

    /** Effective monthly price by [type * alts + alt], after bundle treatment. */
    final double[] price;
    /** Outside utility, bundle bonus, reputation and (mean-field) social term by [type * alts + alt]. */
    final double[] constant;
    /** Effective quality by alternative (plan multiplier and congestion applied). */
    final double[] quality;
    /** Filtering level by firm. */
    final double[] filtering;
    /** Bit j set when firm j offers something to the type (active and available in its region). */
    final int[] offeredFirms;
    /** Bit a set when alternative a exists for the type (the outside option always does). */
    final long[] altMask;

    Offers(UserTypes types, int firms, Segments segments, boolean meanField) {
        this.types = types;
        this.segments = segments;
        this.alts = 1 + 2 * firms;
        this.meanField = meanField;
        price = new double[types.count * alts];
        constant = new double[types.count * alts];
        quality = new double[alts];
        filtering = new double[firms];
        offeredFirms = new int[types.count];
        altMask = new long[types.count];
    }

    /** Tables of the same shape and segments, for trying candidate offers without touching these. */
    Offers scratch() {
        return new Offers(types, filtering.length, segments, meanField);
    }

    public int alternatives() {
        return alts;
    }

    /** The segments' parameters these tables are built from. */
    Segments segments() {
        return segments;
    }

    /** Recomputes the tables from the firms' own offers, the platforms' bundles and last tick's regional shares. */
    public void update(List<Firm> firms, List<Platform> platforms, double[][] regionFirmShare, int tick) {
        update(firms, Offer.profileOf(firms), platforms, regionFirmShare, tick);
    }

    /**
     * Recomputes the tables with firm j making offer profile.get(j) (its own, or a candidate a
     * probe tries); everything else from the firms as they are.
     */
    void update(List<Firm> firms, List<Offer> profile, List<Platform> platforms, double[][] regionFirmShare, int tick) {
        for (Firm f : firms) {
            double q = f.effectiveQuality();
            quality[Firm.freeAlt(f.index)] = q * f.freeQuality();
            quality[Firm.paidAlt(f.index)] = q;
            filtering[f.index] = profile.get(f.index).filtering();
        }
        for (int t = 0; t < types.count; t++) {
            int region = types.region(t);
            int segment = types.segment(t);
            boolean api = segment == SegmentsConfig.ENTERPRISE;
            int base = t * alts;
            int offered = 0;
            long available = 1L;
            constant[base] = segments.outsideUtility(segment);
            for (Firm f : firms) {
                if (!f.active() || !f.presence().availableIn(region)) {
                    continue;
                }
                int j = f.index;
                Offer o = profile.get(j);
                double[] bundle = bundleTerms(f, o, platforms, types.platformMask(t), tick);
                double social = meanField ? segments.socialWeight(segment) * regionFirmShare[region][j] : 0;
                double c = bundle[0] + segments.reputationWeight(segment) * f.reputation().value() + social;
                int free = Firm.freeAlt(j);
                int paid = Firm.paidAlt(j);
                if (f.freePlan() && !api) {
                    price[base + free] = 0;
                    constant[base + free] = c + segments.freePlanBonus(segment);
                    available |= 1L << free;
                }
                price[base + paid] = paidPrice(o, segment, bundle[1]);
                constant[base + paid] = c;
                available |= 1L << paid;
                offered |= 1 << j;
            }
            offeredFirms[t] = offered;
            altMask[t] = available;
        }
    }

    /**
     * The monthly price user type t pays for firm f's paid plan when f makes offer o: the API
     * price times the tokens of API users, else the list price after bundle discounts. One firm's
     * part of update(), for evaluating candidate prices without rebuilding every table.
     */
    double paidPrice(Firm f, Offer o, int type, List<Platform> platforms, int tick) {
        int segment = types.segment(type);
        double memberPrice = segment == SegmentsConfig.ENTERPRISE ? 0
                : bundleTerms(f, o, platforms, types.platformMask(type), tick)[1];
        return paidPrice(o, segment, memberPrice);
    }

    private double paidPrice(Offer o, int segment, double memberPrice) {
        return segment == SegmentsConfig.ENTERPRISE ? o.apiPrice() * segments.tokensPerMonth(segment) : memberPrice;
    }

    /** {sum of bundle bonuses, lowest member price} of firm f at offer o for members of the platforms in mask. */
    private static double[] bundleTerms(Firm f, Offer o, List<Platform> platforms, int mask, int tick) {
        double bonus = 0;
        double memberPrice = o.price();
        for (int p = 0; p < platforms.size(); p++) {
            if ((mask >>> p & 1) == 0) {
                continue;
            }
            for (Bundle b : platforms.get(p).bundles()) {
                if (b.firm() == f.index && b.activeAt(tick)) {
                    bonus += b.bonus();
                    memberPrice = Math.min(memberPrice, b.memberPrice(o.price()));
                }
            }
        }
        return new double[] {bonus, memberPrice};
    }

    public boolean offers(int type, int alt) {
        return (altMask[type] >>> alt & 1L) != 0;
    }

    /** Habit bonus of user i for its current choice: grows with tenure up to the lock-in (MODEL.md 7.1). */
    double habit(Population pop, int i, int tick) {
        return habit(habitWeight(pop.type[i]), tick - pop.since[i]);
    }

    /** The habit term from the type's weight and a tenure; kernels cache the weight per type. */
    double habit(double weight, int tenure) {
        int lockIn = segments.lockInTicks();
        return weight * Math.min(tenure, lockIn) / lockIn;
    }

    double habitWeight(int type) {
        return segments.habitWeight(types.segment(type));
    }

    double filteringWeight(int type) {
        return segments.filteringWeight(types.segment(type));
    }

    double socialWeight(int type) {
        return segments.socialWeight(types.segment(type));
    }

    /** Number of user types the per-type tables cover. */
    int types() {
        return types.count;
    }

    /**
     * Writes the deterministic utilities of user i's choice set (outside option first, then the
     * plans of aware, available firms) into v and their alternative indices into alt; returns the
     * count. friends[j] counts neighbours using firm j (network mode) or is null (mean-field).
     */
    public int utilities(Population pop, int i, int tick, int[] friends, double invDegree, double[] v, byte[] alt) {
        int t = pop.type[i];
        int segment = types.segment(t);
        int base = t * alts;
        double a = pop.priceSensitivity[i];
        double b = pop.qualityTaste[i];
        double ideal = pop.filterIdeal[i];
        double tol = pop.tolerance[i];
        double wF = segments.filteringWeight(segment);
        double sigma = segments.socialWeight(segment);
        int current = pop.choice[i];
        double habit = habit(pop, i, tick);
        long available = altMask[t];

        v[0] = constant[base] + (current == 0 ? habit : 0);
        alt[0] = 0;
        int n = 1;
        int firms = pop.aware[i] & offeredFirms[t];
        while (firms != 0) {
            int j = Integer.numberOfTrailingZeros(firms);
            firms &= firms - 1;
            double d = ChoiceModel.bandDistance(filtering[j], ideal, tol);
            double common = -wF * d * d + (friends == null ? 0 : sigma * friends[j] * invDegree);
            for (int k = Firm.freeAlt(j); k <= Firm.paidAlt(j); k++) {
                if ((available >>> k & 1L) != 0) {
                    v[n] = b * quality[k] - a * price[base + k] + constant[base + k] + common
                            + (k == current ? habit : 0);
                    alt[n++] = (byte) k;
                }
            }
        }
        return n;
    }
}
