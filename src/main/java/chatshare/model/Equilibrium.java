package chatshare.model;

import chatshare.config.StrategyConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The static Nash equilibrium of prices (and optionally filtering) for the market as it is now:
 * firms take turns (Gauss-Seidel) playing their exact best response, the same search as the
 * bestResponse strategy without its frictions, on the exact expected logit demand of their user
 * samples, until no price moves by more than the tolerance. Everything else (awareness, tenure,
 * social shares, quality) is held at the current state. The market is restored afterwards.
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
        List<Firm> active = m.firms.stream().filter(f -> f.active).toList();
        double[][] now = offers(active);
        double[][] before = new double[active.size()][];
        for (int j = 0; j < active.size(); j++) {
            before[j] = expected(m, active.get(j));
        }
        List<double[][]> rounds = new ArrayList<>();
        rounds.add(now);
        Status status = Status.NOT_CONVERGED;
        double change = Double.NaN;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            for (Firm f : active) {
                m.invalidateSamples(); // the previous firm moved
                StrategyConfig s = f.strategy;
                f.price = BestResponse.optimum(m, f, PriceLever.PAID, s, BestResponse.globalGrid(PriceLever.PAID, s));
                f.apiPrice = BestResponse.optimum(m, f, PriceLever.API, s, BestResponse.globalGrid(PriceLever.API, s));
                if (withFiltering) {
                    f.filtering = bestFiltering(m, f, s);
                }
            }
            double[][] round = offers(active);
            change = largestChange(rounds.get(rounds.size() - 1), round);
            if (change <= tolerance) {
                status = Status.CONVERGED;
                break;
            }
            if (returnsToEarlierRound(rounds, round, tolerance)) {
                status = Status.CYCLE;
                break;
            }
            rounds.add(round);
        }
        double[][] equilibrium = offers(active);
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < active.size(); j++) {
            Firm f = active.get(j);
            double[] after = expected(m, f);
            double population = m.agents() * m.agentWeight;
            rows.add(new Row(f.id, now[j][0], equilibrium[j][0], before[j][0] / population, after[0] / population,
                    before[j][1], after[1], now[j][1], equilibrium[j][1], now[j][2], equilibrium[j][2]));
        }
        restore(active, now);
        m.invalidateSamples();
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        return new Result(status, iteration, change, rows);
    }

    /**
     * A firm's static best-response paid price now: the search of one equilibrium round (global
     * grid, exact expected demand of its user sample, rivals at their current offers, no
     * frictions). The market is left as it was. Calibration compares list prices with it.
     */
    public static double bestResponsePrice(Market m, Firm f) {
        m.invalidateSamples();
        double best = BestResponse.optimum(m, f, PriceLever.PAID, f.strategy,
                BestResponse.globalGrid(PriceLever.PAID, f.strategy));
        m.invalidateSamples();
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        return best;
    }

    private static double[] expected(Market m, Firm f) {
        return m.demandSample(f).expectedUsersAndProfit(m, f);
    }

    private static double bestFiltering(Market m, Firm f, StrategyConfig s) {
        return FilteringStrategy.mostProfitable(m, f, Argmax.grid(0, 1, FILTERING_GRID), s.filteringTolerance);
    }

    private static double[][] offers(List<Firm> firms) {
        double[][] offers = new double[firms.size()][];
        for (int j = 0; j < firms.size(); j++) {
            Firm f = firms.get(j);
            offers[j] = new double[] {f.price, f.apiPrice, f.filtering};
        }
        return offers;
    }

    private static void restore(List<Firm> firms, double[][] offers) {
        for (int j = 0; j < firms.size(); j++) {
            firms.get(j).price = offers[j][0];
            firms.get(j).apiPrice = offers[j][1];
            firms.get(j).filtering = offers[j][2];
        }
    }

    /** Largest relative price change or absolute filtering change between two rounds. */
    private static double largestChange(double[][] a, double[][] b) {
        double change = 0;
        for (int j = 0; j < a.length; j++) {
            change = Math.max(change, relativeChange(a[j][0], b[j][0]));
            change = Math.max(change, relativeChange(a[j][1], b[j][1]));
            change = Math.max(change, Math.abs(b[j][2] - a[j][2]));
        }
        return change;
    }

    /** |b - a| / |a|, defined for a price of 0 (a free plan or API). */
    private static double relativeChange(double a, double b) {
        return Math.abs(b - a) / Math.max(Math.abs(a), 1e-12);
    }

    private static boolean returnsToEarlierRound(List<double[][]> rounds, double[][] round, double tolerance) {
        for (int r = 0; r < rounds.size() - 1; r++) {
            if (largestChange(rounds.get(r), round) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
