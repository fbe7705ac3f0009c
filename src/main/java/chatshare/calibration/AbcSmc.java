package chatshare.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Approximate Bayesian computation on a box prior (uniform on [lo, hi] per parameter): ABC
 * rejection on a prior sample already simulated (the calibration's Latin hypercube), then
 * generations of ABC population Monte Carlo (Beaumont, Cornuet, Marin and Robert 2009): each
 * generation resamples the previous population by weight, perturbs every particle with a
 * Gaussian kernel truncated to the box (variance twice the population's weighted variance, per
 * parameter), simulates the whole batch at once, keeps the particles whose distance is at most
 * the tolerance, and weights them by prior / proposal density, so the population stays a sample
 * of the ABC posterior at the new tolerance. The tolerance of a generation is the distance of its
 * {@code keep}-th best proposal, so every generation keeps {@code keep} particles (more on ties);
 * a generation that would raise the tolerance is dropped. A fixed batch size makes the run count
 * known in advance.
 *
 * <p>Written here rather than taken from a library: no maintained Java ABC library exists, and the
 * algorithm is a few lines on top of Commons RNG (sampling) and Commons Statistics (the normal
 * CDF of the truncated kernel's mass). All random draws of a generation happen before its batch
 * is simulated, so results depend only on the seed, never on how the batch is run.
 */
public final class AbcSmc {
    /** Simulates a batch of parameter vectors; returns their distances in order (infinite: not measurable). */
    @FunctionalInterface
    public interface Simulator {
        double[] distances(List<double[]> thetas) throws InterruptedException;
    }

    /** A weighted population: particles [i][parameter], normalised weights, distances, the tolerance. */
    public record Population(double[][] thetas, double[] weights, double[] distances, double tolerance) {
        public int size() {
            return thetas.length;
        }
    }

    private final double[] lo;
    private final double[] hi;
    private final UnaryOperator<double[]> round;

    /** A box prior; round maps a proposal to the values actually simulated (e.g. the calibration's rounding). */
    public AbcSmc(double[] lo, double[] hi, UnaryOperator<double[]> round) {
        this.lo = lo.clone();
        this.hi = hi.clone();
        this.round = round;
    }

    /**
     * ABC rejection: the keep particles of the prior sample with the smallest finite distances
     * (the earlier one on ties), equally weighted; the tolerance is the largest kept distance.
     */
    public Population rejection(List<double[]> prior, double[] distances, int keep) {
        Integer[] order = new Integer[prior.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> distances[i]).thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
            if (kept.size() < keep && Double.isFinite(distances[i])) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException("no point of the prior sample has a finite distance");
        }
        double[][] thetas = new double[kept.size()][];
        double[] d = new double[kept.size()];
        double[] w = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            thetas[k] = prior.get(kept.get(k)).clone();
            d[k] = distances[kept.get(k)];
            w[k] = 1.0 / kept.size();
        }
        return new Population(thetas, w, d, d[d.length - 1]);
    }

    /** The proposals of one generation: particles resampled by weight and perturbed within the box. */
    public List<double[]> propose(Population previous, int particles, UniformRandomProvider rng) {
        double[] sd = kernelSd(previous);
        double[] cumulative = cumulative(previous.weights());
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        List<double[]> out = new ArrayList<>(particles);
        for (int n = 0; n < particles; n++) {
            int j = pick(cumulative, rng.nextDouble());
            double[] theta = new double[lo.length];
            for (int p = 0; p < lo.length; p++) {
                // Per-coordinate rejection = a normal truncated to [lo, hi], whose density weigh() uses.
                double x;
                do {
                    x = previous.thetas()[j][p] + sd[p] * normal.sample();
                } while (x < lo[p] || x > hi[p]);
                theta[p] = x;
            }
            out.add(round.apply(theta));
        }
        return out;
    }

    /**
     * One generation: the tolerance is the keep-th smallest distance of the proposals; the
     * proposals within it form the new population, weighted by the uniform prior over the
     * truncated-kernel mixture density of the previous population. When that tolerance would be
     * above the previous one (or fewer than keep proposals are measurable) the previous
     * population stays, so the tolerance never rises and the posterior keeps its size.
     * thetas are the proposals (as propose rounded them), distances theirs.
     */
    public Population accept(Population previous, List<double[]> thetas, double[] distances, int keep) {
        double[] sorted = Arrays.stream(distances).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return previous; // nothing measurable: the population stays
        }
        if (sorted.length < keep || sorted[keep - 1] > previous.tolerance()) {
            return previous; // the generation would loosen the tolerance or shrink the population: keep the earlier one
        }
        double tolerance = sorted[keep - 1];
        double[] sd = kernelSd(previous);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < thetas.size(); i++) {
            if (distances[i] <= tolerance) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            return previous;
        }
        double[][] t = new double[kept.size()][];
        double[] d = new double[kept.size()];
        double[] w = new double[kept.size()];
        double total = 0;
        for (int k = 0; k < kept.size(); k++) {
            t[k] = thetas.get(kept.get(k)).clone();
            d[k] = distances[kept.get(k)];
            w[k] = 1 / proposalDensity(previous, sd, t[k]); // the prior is constant on the box
            total += w[k];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= total;
        }
        return new Population(t, w, d, tolerance);
    }

    /** Runs rejection then the generations; the simulator sees each generation's batch once. */
    public Population run(List<double[]> prior, double[] priorDistances, int keep, int generations, int particles,
            UniformRandomProvider rng, Simulator simulator) throws InterruptedException {
        Population population = rejection(prior, priorDistances, keep);
        for (int g = 0; g < generations; g++) {
            List<double[]> proposals = propose(population, particles, rng);
            population = accept(population, proposals, simulator.distances(proposals), keep);
        }
        return population;
    }

    /** Kernel standard deviations: sqrt(2 x weighted variance) per parameter, at least 1e-3 of the range. */
    double[] kernelSd(Population population) {
        double[] sd = new double[lo.length];
        for (int p = 0; p < lo.length; p++) {
            double mean = 0;
            for (int i = 0; i < population.size(); i++) {
                mean += population.weights()[i] * population.thetas()[i][p];
            }
            double var = 0;
            for (int i = 0; i < population.size(); i++) {
                double e = population.thetas()[i][p] - mean;
                var += population.weights()[i] * e * e;
            }
            sd[p] = Math.max(Math.sqrt(2 * var), 1e-3 * (hi[p] - lo[p]));
        }
        return sd;
    }

    /** sum_j w_j K_j(theta), K_j the product of normals around particle j truncated to the box. */
    private double proposalDensity(Population previous, double[] sd, double[] theta) {
        double density = 0;
        for (int j = 0; j < previous.size(); j++) {
            double k = previous.weights()[j];
            for (int p = 0; p < lo.length && k > 0; p++) {
                NormalDistribution n = NormalDistribution.of(previous.thetas()[j][p], sd[p]);
                k *= n.density(theta[p]) / (n.cumulativeProbability(hi[p]) - n.cumulativeProbability(lo[p]));
            }
            density += k;
        }
        return Math.max(density, Double.MIN_NORMAL); // an underflow would make the weight infinite
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        double target = u * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /**
     * n equally weighted draws of a weighted population by systematic resampling with offset 1/2
     * (no randomness: the same population always gives the same draws), as indices in order.
     */
    public static int[] systematic(double[] weights, int n) {
        double[] c = cumulative(weights);
        double total = c[c.length - 1];
        int[] out = new int[n];
        int i = 0;
        for (int k = 0; k < n; k++) {
            double u = (k + 0.5) / n * total;
            while (i < c.length - 1 && c[i] <= u) {
                i++;
            }
            out[k] = i;
        }
        return out;
    }
}
