package chatshare.model;

/**
 * What the choice step of the current tick did (MODEL.md 7.1-7.2, 8): switches and churn (agent
 * counts), the adopters before it, the reviews since start, and the [region][firm] shares that
 * next tick's users read as "previous choices" (taken at the end of the choice step: events may
 * move users before the next one).
 */
final class TickChoices {
    private long switches;
    private long churned;
    private double previousAdopters;
    private long reviews;
    private double[][] regionFirmShare;

    TickChoices(double[][] regionFirmShare, double adopters) {
        this.regionFirmShare = regionFirmShare;
        this.previousAdopters = adopters;
    }

    /** The tick's outcome: adopters before the step, switches, churn, reviews and the shares after it. */
    void record(double adoptersBefore, long switched, long churn, long reviewed, double[][] sharesAfter) {
        previousAdopters = adoptersBefore;
        switches = switched;
        churned = churn;
        reviews += reviewed;
        regionFirmShare = sharesAfter;
    }

    long switches() {
        return switches;
    }

    long churned() {
        return churned;
    }

    double previousAdopters() {
        return previousAdopters;
    }

    long reviews() {
        return reviews;
    }

    double[][] regionFirmShare() {
        return regionFirmShare;
    }
}
