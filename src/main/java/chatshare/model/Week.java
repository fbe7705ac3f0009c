package chatshare.model;

/**
 * A firm's results of the last accounting step (MODEL.md 7.4), scaled to the real population:
 * users by plan, served load, revenue by source, costs. All revenue is revenue; apiRevenue,
 * adRevenue and tierRevenue are parts of it.
 *
 * @param apiRevenue paid by API users (the enterprise segment)
 * @param adRevenue the ads of platforms the firm merged with
 * @param tierRevenue the paid tiers of merged platforms bought by members on the firm's free plan (X Premium
 *     bought for Grok): subscription revenue, not ads
 * @param regionRevenue subscription and API revenue by region (what a regulator's fine is a share of); read-only
 */
public record Week(double users, double paidUsers, double freeUsers, double apiUsers, double load, double revenue,
        double apiRevenue, double adRevenue, double tierRevenue, double costs, double[] regionRevenue) {
    /** Before the first accounting step. */
    static Week none(int regions) {
        return new Week(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new double[regions]);
    }

    public double regionRevenue(int region) {
        return regionRevenue[region];
    }
}
