package chatshare.model;

/** Agents aware of each firm, kept up to date by whatever makes users aware (awareness step, promotions, acquisitions). */
final class AwareCounts {
    private final long[] count;

    AwareCounts(int firms) {
        count = new long[firms];
    }

    void add(int firm, long agents) {
        count[firm] += agents;
    }

    long of(int firm) {
        return count[firm];
    }

    int firms() {
        return count.length;
    }
}
