package chatshare.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * What a weighted posterior sample says: weighted quantiles (parameter intervals, posterior-
 * predictive intervals of the moments) and the sensitivity of each moment to each parameter.
 */
public final class PosteriorSummary {
    private PosteriorSummary() {
    }

    /**
     * The q-quantile of weighted values: the smallest value whose cumulative weight (values in
     * ascending order) reaches q of the total, the inverse of the weighted empirical CDF. Commons
     * Statistics' Quantile has no weights, and ABC-SMC particles are weighted. NaN values are left out.
     */
    public static double quantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        double total = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                order[n++] = i;
                total += weights[i];
            }
        }
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        Integer[] kept = Arrays.copyOf(order, n);
        Arrays.sort(kept, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        double cumulative = 0;
        for (int i : kept) {
            cumulative += weights[i];
            if (cumulative >= q * total * (1 - 1e-12)) {
                return values[i];
            }
        }
        return values[kept[n - 1]];
    }

    /**
     * Standardised regression coefficients [moment][parameter]: the OLS slopes of each moment on
     * all parameters (with an intercept) over the given points, times sd(parameter) / sd(moment):
     * the change of the moment, in its standard deviations, per standard deviation of the
     * parameter, the others held fixed. Points where the moment is not finite are left out; NaN
     * when too few remain or the regression is singular.
     */
    public static double[][] standardisedCoefficients(double[][] parameters, double[][] moments) {
        int k = parameters.length == 0 ? 0 : parameters[0].length;
        int m = moments.length == 0 ? 0 : moments[0].length;
        double[][] src = new double[m][k];
        for (int j = 0; j < m; j++) {
            List<double[]> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < parameters.length; i++) {
                if (Double.isFinite(moments[i][j])) {
                    x.add(parameters[i]);
                    y.add(moments[i][j]);
                }
            }
            Arrays.fill(src[j], Double.NaN);
            if (y.size() <= k + 1) {
                continue;
            }
            double[] yy = y.stream().mapToDouble(Double::doubleValue).toArray();
            double[][] xx = x.toArray(double[][]::new);
            double sdY = StandardDeviation.of(yy).getAsDouble();
            if (!(sdY > 0)) {
                continue;
            }
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(yy, xx);
                double[] b = ols.estimateRegressionParameters(); // b[0] is the intercept
                for (int p = 0; p < k; p++) {
                    int column = p;
                    double sdX = StandardDeviation.of(Arrays.stream(xx).mapToDouble(r -> r[column]).toArray()).getAsDouble();
                    src[j][p] = b[p + 1] * sdX / sdY;
                }
            } catch (org.apache.commons.math3.exception.MathIllegalArgumentException e) {
                // singular design (a parameter that never varies): no coefficients
            }
        }
        return src;
    }

    /** Indices of the moments with the largest |coefficient| for a parameter, at most n, NaNs left out. */
    public static List<Integer> strongest(double[][] src, int parameter, int n) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < src.length; j++) {
            if (Double.isFinite(src[j][parameter])) {
                order.add(j);
            }
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(src[j][parameter])).thenComparingInt(j -> j));
        return order.subList(0, Math.min(n, order.size()));
    }

    /** Effective sample size of normalised weights, 1 / sum w^2. */
    public static double effectiveSize(double[] weights) {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return 1 / s;
    }
}
