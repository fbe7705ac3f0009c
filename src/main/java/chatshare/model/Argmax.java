package chatshare.model;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Maximises a function of one variable on candidate points and then refines with Brent's method
 * on the interval between the best candidate's neighbours. The coarse points find the right hump
 * when the function has several (bundle discounts and plan switches make profit curves kinked);
 * Brent then lands on the optimum instead of on a grid point.
 */
final class Argmax {
    /** Enough for Brent to reach a relative tolerance of 1e-6 on any bracket in practice. */
    private static final int MAX_EVALUATIONS = 200;

    private Argmax() {
    }

    /**
     * The maximiser of f: the best of the ascending candidates, refined to within relTolerance x |x|
     * (plus absTolerance) on the bracket around it; never worse than the best candidate.
     */
    static double of(DoubleUnaryOperator f, double[] candidates, double relTolerance, double absTolerance) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < candidates.length; k++) {
            double value = f.applyAsDouble(candidates[k]);
            if (value > bestValue) {
                bestValue = value;
                best = k;
            }
        }
        double lo = candidates[Math.max(0, best - 1)];
        double hi = candidates[Math.min(candidates.length - 1, best + 1)];
        if (hi - lo <= absTolerance + relTolerance * Math.abs(candidates[best])) {
            return candidates[best];
        }
        UnivariatePointValuePair refined = new BrentOptimizer(relTolerance, absTolerance).optimize(
                new MaxEval(MAX_EVALUATIONS), new UnivariateObjectiveFunction(f::applyAsDouble), GoalType.MAXIMIZE,
                new SearchInterval(lo, hi, candidates[best]));
        return refined.getValue() > bestValue ? refined.getPoint() : candidates[best];
    }

    /** n evenly spaced points on [lo, hi] (n >= 2). */
    static double[] grid(double lo, double hi, int n) {
        double[] points = new double[n];
        for (int k = 0; k < n; k++) {
            points[k] = lo + (hi - lo) * k / (n - 1);
        }
        return points;
    }
}
