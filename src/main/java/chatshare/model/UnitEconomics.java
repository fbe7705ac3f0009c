package chatshare.model;

/**
 * The unit conversions of the firms' books (MODEL.md 7.4), in one place: prices are monthly,
 * the books weekly, and serving cost is usage x cost per user-week.
 */
public final class UnitEconomics {
    public static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private UnitEconomics() {
    }

    /** A monthly amount per week. */
    static double weekly(double perMonth) {
        return perMonth / WEEKS_PER_MONTH;
    }

    /** A weekly amount per month. */
    static double monthly(double perWeek) {
        return perWeek * WEEKS_PER_MONTH;
    }

    /** Weekly serving cost of one user of a segment with this usage. */
    static double servingCost(double usage, double costPerUserWeek) {
        return usage * costPerUserWeek;
    }
}
