package chatshare.model;

import chatshare.config.SegmentsConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fixed random sample of users on which firms evaluate candidate offers: expected weekly
 * revenue minus serving cost with the exact logit probabilities of the current market (the
 * social term is the mean-field one; network neighbours are not read).
 *
 * <p>The sample is stratified: up to `size` users who buy the paid plan (consumer and power
 * segments) and up to `size` API users (enterprise), each a uniform draw without replacement
 * within its stratum, weighted by the stratum's population. A uniform sample of 10 000 holds
 * about 50 enterprise users, far too few to price the API on. All firms with the same sample
 * size share one sample (Market.demandSample), so the utilities are computed once per tick.
 *
 * <p>Probes are pure: demand at a candidate is computed from a profile of offers (one per firm,
 * by index), in the sample's own scratch tables; no firm and no table of the market is written.
 *
 * <p>Cost: expectedProfit is O(sample x alternatives). A price curve (prepare, then profitAt)
 * reads the logit weights of the sampled users at the profile, computed once per tick and profile
 * and shared by every firm (all decide from the same state), and then costs one exp per sampled
 * user who is offered the firm's plan, per price: a price only moves the utility of the firm's own
 * paid plan.
 */
final class DemandSample {
    private static final int PLAN = 0;
    private static final int API = 1;

    /** Sampled user indices by stratum (PLAN, API). */
    private final int[][] users;
    /** Population users each sampled user stands for, by stratum (agents, before agentWeight). */
    private final double[] weight;
    /** Scratch tables of the profile being tried (never the market's). */
    private final Offers tables;
    private final Segments segments;
    private final double[] v;
    private final double[] p;
    private final byte[] alts;

    // Logit weights exp(v - max) by [user * alternatives + alternative] (0 = not in the choice set)
    // and their sums, by stratum, for the state of tick cachedTick at offers cachedProfile.
    private final double[][] logitWeights = new double[2][];
    private final double[][] weightSum = new double[2][];
    /** User type and price sensitivity of the sampled users at cachedTick (read once per tick: scattered in memory). */
    private final int[][] sampleType = new int[2][];
    private final double[][] sampleSlope = new double[2][];
    /** The price table of the cached state. */
    private final double[] cachedPrice;
    private int cachedTick = Integer.MIN_VALUE;
    private List<Offer> cachedProfile;

    // The prepared price curve, over the sampled users of the lever's stratum who are offered the plan.
    private Market curveMarket;
    private Firm curveFirm;
    private PriceLever curveLever;
    private Offer curveOffer;
    private int curveSize;
    private double curveConstant;
    private final double[] paidWeight;
    private final double[] otherWeight;
    private final double[] freeWeight;
    private final double[] basePrice;
    private final double[] servingCost;
    private final double[] slope;
    private final int[] userType;
    /** The curve's user types (distinct) and, by type, the price it pays at the candidate price. */
    private int[] curveTypes = new int[0];
    private final double[] typePrice;

    DemandSample(int size, Population pop, UserTypes types, Offers shape, Segments segments, UniformRandomProvider rng) {
        int alternatives = shape.alternatives();
        this.tables = shape.scratch();
        this.segments = segments;
        users = new int[2][];
        weight = new double[2];
        int[] population = new int[2];
        for (int i = 0; i < pop.size; i++) {
            population[stratum(types, pop.type[i])]++;
        }
        int[][] reservoir = {new int[Math.min(size, population[PLAN])], new int[Math.min(size, population[API])]};
        int[] seen = new int[2];
        // Reservoir sampling (Algorithm R): one pass, a uniform sample without replacement per stratum.
        for (int i = 0; i < pop.size; i++) {
            int s = stratum(types, pop.type[i]);
            int k = seen[s]++;
            if (k < reservoir[s].length) {
                reservoir[s][k] = i;
            } else {
                int r = rng.nextInt(k + 1);
                if (r < reservoir[s].length) {
                    reservoir[s][r] = i;
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            java.util.Arrays.sort(reservoir[s]); // memory order: the per-tick pass reads the users' arrays front to back
            users[s] = reservoir[s];
            weight[s] = users[s].length == 0 ? 0 : (double) population[s] / users[s].length;
        }
        v = new double[alternatives];
        p = new double[alternatives];
        alts = new byte[alternatives];
        int largest = Math.max(users[PLAN].length, users[API].length);
        for (int st = 0; st < 2; st++) {
            logitWeights[st] = new double[users[st].length * alternatives];
            weightSum[st] = new double[users[st].length];
            sampleType[st] = new int[users[st].length];
            sampleSlope[st] = new double[users[st].length];
        }
        cachedPrice = new double[types.count * alternatives];
        paidWeight = new double[largest];
        otherWeight = new double[largest];
        freeWeight = new double[largest];
        basePrice = new double[largest];
        servingCost = new double[largest];
        slope = new double[largest];
        userType = new int[largest];
        typePrice = new double[types.count];
    }

    private static int stratum(UserTypes types, int type) {
        return types.segment(type) == SegmentsConfig.ENTERPRISE ? API : PLAN;
    }

    /** Expected weekly (revenue - serving cost) of the firm when firms make the profile's offers, scaled to the population. */
    double expectedProfit(Market m, Firm firm, List<Offer> profile) {
        return expectedUsersAndProfit(m, firm, profile)[1];
    }

    /** {expected users of the firm (any plan), expected weekly profit} at the profile's offers, scaled to the population. */
    double[] expectedUsersAndProfit(Market m, Firm firm, List<Offer> profile) {
        setTables(m, profile);
        int altCount = tables.alternatives();
        double users = 0;
        double profit = 0;
        for (int s = 0; s < 2; s++) {
            double stratumUsers = 0;
            double stratumProfit = 0;
            for (int i : this.users[s]) {
                int type = m.users().type[i];
                double usage = segments.usage(m.types().segment(type));
                int n = utilitiesNextTick(m, i);
                ChoiceModel.probabilities(v, n, p);
                for (int k = 0; k < n; k++) {
                    if (alts[k] != 0 && Firm.firmOf(alts[k]) == firm.index) {
                        double revenue = alts[k] == Firm.paidAlt(firm.index)
                                ? UnitEconomics.weekly(tables.price[type * altCount + alts[k]]) : 0;
                        stratumUsers += p[k];
                        stratumProfit += p[k] * (revenue - UnitEconomics.servingCost(usage, firm.costPerUserWeek()));
                    }
                }
            }
            users += stratumUsers * weight[s];
            profit += stratumProfit * weight[s];
        }
        return new double[] {users * m.agentWeight(), profit * m.agentWeight()};
    }

    private void setTables(Market m, List<Offer> profile) {
        tables.update(m.firms(), profile, m.platforms(), m.regionFirmShare(), m.tick());
    }

    // Firms decide after this tick's choices: demand is that of the coming tick, whose tenures
    // count this tick's switchers from 0.
    private int utilitiesNextTick(Market m, int i) {
        return tables.utilities(m.users(), i, m.tick() + 1, null, 0, v, alts);
    }

    /** Forgets the cached utilities: the market changed within the tick (decisions applied). */
    void invalidate() {
        cachedTick = Integer.MIN_VALUE;
    }

    /**
     * Fixes everything but the lever's price at the market's current state, with firms making the
     * profile's offers: afterwards profitAt(price) is the expected weekly profit, on the lever's
     * stratum, of that price. The other stratum's profit does not depend on the price, so the
     * curve has the same maximiser.
     */
    void prepare(Market m, Firm firm, PriceLever lever, List<Offer> profile) {
        if (cachedTick != m.tick() || !profile.equals(cachedProfile)) {
            cacheLogitWeights(m, profile);
        }
        curveMarket = m;
        curveFirm = firm;
        curveLever = lever;
        curveOffer = profile.get(firm.index);
        int st = lever == PriceLever.PAID ? PLAN : API;
        int[] sampled = users[st];
        double[] w = logitWeights[st];
        int altCount = tables.alternatives();
        int paid = Firm.paidAlt(firm.index);
        int free = Firm.freeAlt(firm.index);
        boolean[] seen = new boolean[typePrice.length];
        curveSize = 0;
        curveConstant = 0;
        int[] type = sampleType[st];
        for (int u = 0; u < sampled.length; u++) {
            double cost = UnitEconomics.servingCost(segments.usage(m.types().segment(type[u])), firm.costPerUserWeek());
            double paidW = w[u * altCount + paid];
            double freeW = w[u * altCount + free];
            double others = weightSum[st][u] - paidW;
            if (paidW == 0) { // plan not offered to this user: a constant of the curve
                curveConstant -= freeW * cost / others;
                continue;
            }
            int c = curveSize++;
            paidWeight[c] = paidW;
            freeWeight[c] = freeW;
            otherWeight[c] = others;
            servingCost[c] = cost;
            userType[c] = type[u];
            seen[type[u]] = true;
            basePrice[c] = cachedPrice[type[u] * altCount + paid];
            slope[c] = sampleSlope[st][u];
        }
        curveTypes = java.util.stream.IntStream.range(0, seen.length).filter(t -> seen[t]).toArray();
    }

    /**
     * The logit weights of every sampled user at the market's current state with firms making
     * the profile's offers. Valid for the rest of the tick at that profile: firms decide from
     * the same state.
     */
    private void cacheLogitWeights(Market m, List<Offer> profile) {
        setTables(m, profile);
        int altCount = tables.alternatives();
        for (int st = 0; st < 2; st++) {
            double[] w = logitWeights[st];
            java.util.Arrays.fill(w, 0);
            for (int u = 0; u < users[st].length; u++) {
                int n = utilitiesNextTick(m, users[st][u]);
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    max = Math.max(max, v[k]);
                }
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double e = Exp.exp(v[k] - max);
                    w[u * altCount + alts[k]] = e;
                    sum += e;
                }
                weightSum[st][u] = sum;
                sampleType[st][u] = m.users().type[users[st][u]];
                sampleSlope[st][u] = m.users().priceSensitivity[users[st][u]];
            }
        }
        System.arraycopy(tables.price, 0, cachedPrice, 0, cachedPrice.length);
        cachedTick = m.tick();
        cachedProfile = profile;
    }

    /** Expected weekly profit of the prepared lever at this price (the firm's other terms as prepared). */
    double profitAt(double price) {
        Market m = curveMarket;
        Offer candidate = curveOffer.with(curveLever, price);
        // Only this firm's price moves: its price by user type, not all of the tables.
        for (int t : curveTypes) {
            typePrice[t] = tables.paidPrice(curveFirm, candidate, t, m.platforms(), m.tick());
        }
        double total = curveConstant;
        for (int c = 0; c < curveSize; c++) {
            double userPrice = typePrice[userType[c]];
            // Only the paid plan's utility moves with the price: by -alpha_i x the change.
            double w = paidWeight[c] * Exp.exp(-slope[c] * (userPrice - basePrice[c]));
            double cost = servingCost[c];
            total += (w * (UnitEconomics.weekly(userPrice) - cost) - freeWeight[c] * cost) / (otherWeight[c] + w);
        }
        return total * weight[curveLever == PriceLever.PAID ? PLAN : API] * m.agentWeight();
    }
}
