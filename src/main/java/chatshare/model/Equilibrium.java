package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The static Nash equilibrium of prices (and optionally filtering) for the market as it is now:
 * firms take turns (Gauss-Seidel) playing their exact best response, the same search as the
 * bestResponse strategy without its frictions, on the exact expected logit demand of their user
 * samples, until no price moves by more than the tolerance. Everything else (awareness, tenure,
 * social shares, quality) is held at the current state. Pure: the candidate offers are values,
 * so the market is never written.
 */
public final class Equilibrium {
    /** How the iteration ended. */
    public enum Status { CONVERGED, CYCLE, NOT_CONVERGED }

    /** One firm's offer and expected outcome now and at the equilibrium (weekly profit, share of all users). */
    public record Row(String firm, double priceNow, double priceEquilibrium, double shareNow,
            double shareEquilibrium, double profitNow, double profitEquilibrium, double apiPriceNow,
            double apiPriceEquilibrium, double filteringNow, double filteringEquilibrium) {
    }

    public record Result(Status status, int iterations, double lastChange, List<Row> rows) {
    }

    /** Filtering levels searched when filtering is part of the equilibrium (then refined). */
    private static final int FILTERING_GRID = 21;

    private Equilibrium() {
    }

    /**
     * Iterates best responses from the current offers. Converged when a full round moves no price
     * (or filtering level) by more than tolerance (relative for prices, absolute for filtering);
     * a cycle is a round that returns to an earlier round's offers without having converged.
     */
    public static Result compute(Market m, boolean withFiltering, int maxIterations, double tolerance) {
        List<Firm> active = m.firms().stream().filter(Firm::active).toList();
        List<Offer> now = Offer.profileOf(m.firms());
        List<Offer> profile = now;
        double[][] before = new double[active.size()][];
        for (int j = 0; j < active.size(); j++) {
            before[j] = expected(m, active.get(j), now);
        }
        List<List<Offer>> rounds = new ArrayList<>();
        rounds.add(now);
        Status status = Status.NOT_CONVERGED;
        double change = Double.NaN;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            for (Firm f : active) { // Gauss-Seidel: each firm answers the offers of the firms before it
                StrategyConfig s = f.strategies().keys();
                Offer o = profile.get(f.index);
                o = o.with(PriceLever.PAID, BestResponse.optimum(m, f, PriceLever.PAID, s,
                        BestResponse.globalGrid(PriceLever.PAID, s), profile));
                profile = Offer.replace(profile, f.index, o);
                o = o.with(PriceLever.API, BestResponse.optimum(m, f, PriceLever.API, s,
                        BestResponse.globalGrid(PriceLever.API, s), profile));
                profile = Offer.replace(profile, f.index, o);
                if (withFiltering) {
                    o = o.withFiltering(FilteringStrategy.mostProfitable(m, f, Argmax.grid(0, 1, FILTERING_GRID),
                            s.filteringTolerance, profile));
                    profile = Offer.replace(profile, f.index, o);
                }
            }
            change = largestChange(active, rounds.get(rounds.size() - 1), profile);
            if (change <= tolerance) {
                status = Status.CONVERGED;
                break;
            }
            if (returnsToEarlierRound(active, rounds, profile, tolerance)) {
                status = Status.CYCLE;
                break;
            }
            rounds.add(profile);
        }
        List<Row> rows = new ArrayList<>();
        double population = m.agents() * m.agentWeight();
        for (int j = 0; j < active.size(); j++) {
            Firm f = active.get(j);
            double[] after = expected(m, f, profile);
            Offer a = now.get(f.index);
            Offer e = profile.get(f.index);
            rows.add(new Row(f.id, a.price(), e.price(), before[j][0] / population, after[0] / population,
                    before[j][1], after[1], a.apiPrice(), e.apiPrice(), a.filtering(), e.filtering()));
        }
        return new Result(status, iteration, change, rows);
    }

    /**
     * A firm's static best-response paid price now: the search of one equilibrium round (global
     * grid, exact expected demand of its user sample, rivals at their current offers, no
     * frictions). Calibration compares list prices with it.
     */
    public static double bestResponsePrice(Market m, Firm f) {
        StrategyConfig s = f.strategies().keys();
        return BestResponse.optimum(m, f, PriceLever.PAID, s, BestResponse.globalGrid(PriceLever.PAID, s),
                Offer.profileOf(m.firms()));
    }

    private static double[] expected(Market m, Firm f, List<Offer> profile) {
        return m.demandSample(f).expectedUsersAndProfit(m, f, profile);
    }

    /** Largest relative price change or absolute filtering change of the active firms between two profiles. */
    private static double largestChange(List<Firm> active, List<Offer> a, List<Offer> b) {
        double change = 0;
        for (Firm f : active) {
            Offer x = a.get(f.index);
            Offer y = b.get(f.index);
            change = Math.max(change, relativeChange(x.price(), y.price()));
            change = Math.max(change, relativeChange(x.apiPrice(), y.apiPrice()));
            change = Math.max(change, Math.abs(y.filtering() - x.filtering()));
        }
        return change;
    }

    /** |b - a| / |a|, defined for a price of 0 (a free plan or API). */
    private static double relativeChange(double a, double b) {
        return Math.abs(b - a) / Math.max(Math.abs(a), 1e-12);
    }

    private static boolean returnsToEarlierRound(List<Firm> active, List<List<Offer>> rounds, List<Offer> round,
            double tolerance) {
        for (int r = 0; r < rounds.size() - 1; r++) {
            if (largestChange(active, rounds.get(r), round) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
