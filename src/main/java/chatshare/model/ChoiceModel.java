package chatshare.model;

/**
 * Multinomial logit over n alternatives with deterministic utilities v[0..n): with i.i.d.
 * Gumbel noise P(k) = exp(v_k) / sum_b exp(v_b). Sampling is exact by inverse CDF. exp is
 * {@link Exp#exp}, whose bits do not depend on the machine (Math.exp's may).
 */
public final class ChoiceModel {
    private ChoiceModel() {
    }

    /**
     * Samples an index with logit probabilities using uniform u in [0,1); cumulative is scratch
     * space of at least n entries. Weights are taken relative to v[0], which saves a pass for the
     * maximum; only when a weight overflows (a utility gap above ~709) is the maximum used.
     */
    public static int sample(double[] v, int n, double u, double[] cumulative) {
        double total = cumulate(v, n, v[0], cumulative);
        if (total == Double.POSITIVE_INFINITY) {
            total = cumulate(v, n, max(v, n), cumulative);
        }
        double target = u * total;
        for (int k = 0; k < n - 1; k++) {
            if (target < cumulative[k]) {
                return k;
            }
        }
        return n - 1;
    }

    private static double cumulate(double[] v, int n, double reference, double[] cumulative) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Exp.exp(v[k] - reference);
            cumulative[k] = total;
        }
        return total;
    }

    /** Writes the logit probabilities of v[0..n) into p. */
    public static void probabilities(double[] v, int n, double[] p) {
        double max = max(v, n);
        double total = 0;
        for (int k = 0; k < n; k++) {
            p[k] = Exp.exp(v[k] - max);
            total += p[k];
        }
        for (int k = 0; k < n; k++) {
            p[k] /= total;
        }
    }

    /** Distance of filtering level f outside the tolerance band [ideal - tol, ideal + tol]. */
    public static double bandDistance(double f, double ideal, double tol) {
        return Math.max(0, Math.abs(f - ideal) - tol);
    }

    private static double max(double[] v, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, v[k]);
        }
        return max;
    }
}
