package chatshare.analysis;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * An outcome over posterior draws x replicates split by the law of total variance: the total
 * (population) variance of all runs = the variance of the draw means (parameter uncertainty)
 * + the mean variance within a draw (run-to-run noise), each draw weighted by its runs. Exact for
 * any group sizes with these 1/n variances. The interval is the 5% and 95% quantile of all runs,
 * so it carries both kinds of uncertainty.
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

    /** The share of the variance due to the parameters (between draws), NaN when nothing varies. */
    public double parameterShare() {
        return total() > 0 ? between / total() : Double.NaN;
    }

    /** "parameters" or "runs": the larger of the two parts ("neither" when nothing varies). */
    public String dominant() {
        return !(total() > 0) ? "neither" : between >= within ? "parameters" : "runs";
    }
}
