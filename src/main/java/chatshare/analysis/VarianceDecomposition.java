package chatshare.analysis;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * An outcome over posterior draws x replicates split by the law of total variance: the total
 * (population) variance of all runs = the variance of the draw means (between) + the mean
 * variance within a draw (within), each draw weighted by its runs; exact for any group sizes
 * with these 1/n variances. A draw's mean still carries run noise (its variance over R
 * replicates), so "between" overstates the parameters' part: with no parameter effect at all it
 * is about the run variance / R. The parameter part is therefore the one-way random-effects
 * (ANOVA) estimate, between less that noise, and the run part is the rest of the total. The
 * interval is the 5% and 95% quantile of all runs, so it carries both kinds of uncertainty.
 */
public record VarianceDecomposition(int draws, int runs, double mean, double low, double high, double between,
        double within) {
    /** values[draw][replicate]; NaN values (e.g. a runway of a profitable run) are left out, empty draws too. */
    public static VarianceDecomposition of(double[][] values) {
        double[][] groups = Arrays.stream(values).map(g -> Arrays.stream(g).filter(v -> !Double.isNaN(v)).toArray())
                .filter(g -> g.length > 0).toArray(double[][]::new);
        double[] all = Arrays.stream(groups).flatMapToDouble(Arrays::stream).toArray();
        if (all.length == 0) {
            return new VarianceDecomposition(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double grand = Arrays.stream(all).sum() / all.length;
        double between = 0;
        double within = 0;
        for (double[] g : groups) {
            double m = Arrays.stream(g).sum() / g.length;
            between += g.length * (m - grand) * (m - grand);
            for (double v : g) {
                within += (v - m) * (v - m);
            }
        }
        double[] q = Quantile.withDefaults().evaluate(all, 0.05, 0.95);
        return new VarianceDecomposition(groups.length, all.length, grand, q[0], q[1], between / all.length,
                within / all.length);
    }

    public double total() {
        return between + within;
    }

    /**
     * The variance due to the parameters: between less the run noise of the draws' means,
     * within x G / (N - G) for G draws and N runs (an unbiased estimate of the run variance is
     * within x N / (N - G), and each of the G means carries it divided by its runs), at least 0.
     * NaN with one run per draw, where runs and parameters cannot be told apart.
     */
    public double parameterVariance() {
        return runs > draws ? Math.max(0, between - within * draws / (runs - draws)) : Double.NaN;
    }

    /** The rest of the total: run-to-run noise. */
    public double runVariance() {
        return total() - parameterVariance();
    }

    /** The share of the variance due to the parameters, NaN when nothing varies or it cannot be told. */
    public double parameterShare() {
        return total() > 0 ? parameterVariance() / total() : Double.NaN;
    }

    /** "parameters" or "runs": the larger of the two parts ("neither" when nothing varies, "unknown" with one run per draw). */
    public String dominant() {
        if (!(total() > 0)) {
            return "neither";
        }
        double p = parameterVariance();
        return Double.isNaN(p) ? "unknown" : p >= runVariance() ? "parameters" : "runs";
    }
}
