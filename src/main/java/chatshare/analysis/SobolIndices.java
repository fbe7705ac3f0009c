package chatshare.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * First-order and total Sobol indices from the outputs of a saltelli design: per base sample j
 * the block f(A_j), f(B_j), f(AB_j^(1)), ..., f(AB_j^(k)). First order (Saltelli 2010):
 * S_i = mean(f(B) (f(AB^(i)) - f(A))) / V; total (Jansen): ST_i = mean((f(A) - f(AB^(i)))^2) / 2 / V;
 * V is the variance of the pooled f(A) and f(B). 95% intervals are bootstrap percentiles over
 * base samples drawn with replacement.
 */
public final class SobolIndices {
    /** A point estimate and its 95% bootstrap percentile interval. */
    public record Estimate(double value, double low, double high) {
    }

    /** The first-order (main effect) and total (with all interactions) index of one parameter. */
    public record Index(Estimate first, Estimate total) {
    }

    public static final int RESAMPLES = 1000;

    private SobolIndices() {
    }

    /** {@link #compute(List, double[], int, long)} with 1000 resamples and bootstrap seed 1. */
    public static Map<String, Index> compute(List<String> parameters, double[] y) {
        return compute(parameters, y, RESAMPLES, 1);
    }

    /**
     * The indices of each parameter (in the design's parameter order) from the outputs y of a
     * saltelli design, one per point in design order; the bootstrap draws from {@code seed}.
     */
    public static Map<String, Index> compute(List<String> parameters, double[] y, int resamples, long seed) {
        int k = parameters.size();
        int n = y.length / (k + 2);
        if (y.length % (k + 2) != 0 || n < 2) {
            throw new IllegalArgumentException("saltelli needs at least 2 blocks of " + (k + 2) + " outputs; got " + y.length);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample");
        }
        int[] all = new int[n];
        Mean mean = Mean.create();
        for (int j = 0; j < n; j++) {
            all[j] = j;
            mean.accept(y[j * (k + 2)]);
            mean.accept(y[j * (k + 2) + 1]);
        }
        // Centring leaves every index's expectation unchanged but takes the output's mean out of
        // the noise of the first-order products f(B) (f(AB) - f(A)).
        double centre = mean.getAsDouble();
        double[] centred = DoubleStream.of(y).map(v -> v - centre).toArray();
        double[] point = estimate(centred, k, all);
        // boot[r] holds resample r's S_1..S_k then ST_1..ST_k; one index array is reused.
        UniformRandomProvider rng = chatshare.model.Streams.seeded(seed);
        double[][] boot = new double[resamples][];
        int[] sample = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                sample[j] = rng.nextInt(n);
            }
            boot[r] = estimate(centred, k, sample);
        }
        Map<String, Index> out = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            out.put(parameters.get(i), new Index(interval(point, boot, i), interval(point, boot, k + i)));
        }
        return out;
    }

    /** S_1..S_k then ST_1..ST_k over the base samples listed in {@code sample} (repeats allowed). */
    private static double[] estimate(double[] y, int k, int[] sample) {
        Variance variance = Variance.create();
        Mean[] first = new Mean[k];
        Mean[] total = new Mean[k];
        for (int i = 0; i < k; i++) {
            first[i] = Mean.create();
            total[i] = Mean.create();
        }
        for (int j : sample) {
            int block = j * (k + 2);
            double a = y[block];
            double b = y[block + 1];
            variance.accept(a);
            variance.accept(b);
            for (int i = 0; i < k; i++) {
                double ab = y[block + 2 + i];
                first[i].accept(b * (ab - a));
                total[i].accept((a - ab) * (a - ab) / 2);
            }
        }
        double v = variance.getAsDouble();
        double[] indices = new double[2 * k];
        for (int i = 0; i < k; i++) {
            indices[i] = first[i].getAsDouble() / v;
            indices[k + i] = total[i].getAsDouble() / v;
        }
        return indices;
    }

    private static Estimate interval(double[] point, double[][] boot, int column) {
        double[] values = new double[boot.length];
        for (int r = 0; r < boot.length; r++) {
            values[r] = boot[r][column];
        }
        // The evaluate(n, IntToDoubleFunction, p) form expects sorted values; this one sorts a copy.
        double[] q = Quantile.withDefaults().evaluate(values, 0.025, 0.975);
        return new Estimate(point[column], q[0], q[1]);
    }
}
