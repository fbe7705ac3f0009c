package chatshare.analysis;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/** Mean, sample standard deviation and Student-t 95% confidence interval of replicate values. */
public record Interval(int n, double mean, double sd, double low, double high) {
    public static Interval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Interval(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Mean.of(values).getAsDouble();
        if (n == 1) {
            return new Interval(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = StandardDeviation.of(values).getAsDouble();
        double half = halfWidth(n, sd);
        return new Interval(n, mean, sd, mean - half, mean + half);
    }

    /** Half the width of the 95% interval (NaN with fewer than two values): what adaptive replication targets. */
    public double halfWidth() {
        return n < 2 ? Double.NaN : halfWidth(n, sd);
    }

    private static double halfWidth(int n, double sd) {
        return TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }
}
