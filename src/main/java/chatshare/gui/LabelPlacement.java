package chatshare.gui;

/**
 * Places firm labels next to their markers so that no two overlap: firms at nearly the same
 * offer (same filtering and price) would otherwise print "GeminiClaude". Labels are taken top to
 * bottom; one that would overlap a placed label moves down below it.
 */
final class LabelPlacement {
    private LabelPlacement() {
    }

    /**
     * The top edge of each label (x[k], y[k]: its wanted top-left corner; width[k]: its width;
     * all labels height tall). Labels whose boxes do not overlap keep their y.
     */
    static double[] place(double[] x, double[] y, double[] width, double height) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        double[] top = y.clone();
        for (int i = 0; i < n; i++) {
            int k = order[i];
            boolean moved = true;
            while (moved) { // re-check the placed ones after each move: a move can create a new overlap
                moved = false;
                for (int j = 0; j < i; j++) {
                    int o = order[j];
                    boolean across = x[k] < x[o] + width[o] && x[o] < x[k] + width[k];
                    boolean down = top[k] < top[o] + height && top[o] < top[k] + height;
                    if (across && down) {
                        top[k] = top[o] + height;
                        moved = true;
                    }
                }
            }
        }
        return top;
    }
}
