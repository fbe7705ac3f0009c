package chatshare.gui;

/**
 * The users the GUI draws. Users are drawn independently, so evenly spaced indices are a
 * uniform sample; taking them needs no random numbers, so watching never changes the run.
 */
final class UserSample {
    private UserSample() {
    }

    /** Up to n distinct user indices in increasing order, spread evenly over [0, population). */
    static int[] of(int population, int n) {
        int size = Math.min(population, Math.max(0, n));
        int[] indices = new int[size];
        for (int k = 0; k < size; k++) {
            indices[k] = (int) ((long) k * population / size);
        }
        return indices;
    }
}
