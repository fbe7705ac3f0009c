package chatshare.model;

/**
 * Reviewers of one block that the vector kernel draws together, one per SIMD lane, with the
 * kernel's per-lane scratch (no allocation per review). Reviewers within a tick are independent
 * (each reads last tick's choices), so drawing them in groups changes no result.
 */
final class ReviewerBatch {
    /**
     * Reviewers drawn together: a multiple of every kernel width. Many more than one vector's
     * lanes, so the kernel reads each lane's terms long after writing them.
     */
    static final int MAX = 64;

    final int[] user = new int[MAX];
    final double[] u = new double[MAX];
    /** The alternative each reviewer chose, or -1 where the generic route must decide. */
    final int[] chosen = new int[MAX];
    /** Network social term by [alternative * MAX + lane]; stays all zeros in mean-field mode. */
    final double[] social;
    int size;

    // The kernel's lanes: each reviewer's own terms, its uniform and the alternatives it can choose.
    final double[] priceSensitivity = new double[MAX];
    final double[] qualityTaste = new double[MAX];
    final double[] filterIdeal = new double[MAX];
    final double[] tolerance = new double[MAX];
    final double[] habit = new double[MAX];
    final double[] current = new double[MAX];
    final double[] reference = new double[MAX];
    final double[] uniform = new double[MAX];
    final long[] available = new long[MAX];
    /** Where each reviewer's type starts in the kernel's per-type terms. */
    final int[] typeStart = new int[MAX];
    // One vector's scratch (at most MAX lanes, whatever the width): the per-type terms of lanes
    // that differ in type, the cumulative weights by [alternative * lanes + lane], and the picks.
    final double[] terms;
    final double[] cumulative;
    final double[] count = new double[MAX];

    ReviewerBatch(int alternatives) {
        social = new double[alternatives * MAX];
        cumulative = new double[alternatives * MAX];
        terms = new double[alternatives * VectorLogit.TERMS * MAX];
    }
}
