package chatshare.gui;

/**
 * The preference map's coordinates in [0, 1] x [0, 1] (y down, as MASON draws): x is the
 * filtering level (a user's ideal, a firm's setting); y is dollars per month on a log scale,
 * top = expensive. A user sits at 1 / price sensitivity, the monthly price that costs them one
 * unit of utility (so the price-insensitive are high up); a firm sits at its paid-plan price.
 * A firm drawn below a user is cheap for that user.
 */
final class MapAxes {
    static final double MIN_DOLLARS = 0.5;
    static final double MAX_DOLLARS = 500;
    private static final double DECADES = Math.log10(MAX_DOLLARS / MIN_DOLLARS);

    private MapAxes() {
    }

    /** Vertical position of a monthly dollar amount, clamped to the axis. */
    static double y(double dollars) {
        double up = Math.log10(Math.max(dollars, MIN_DOLLARS) / MIN_DOLLARS) / DECADES;
        return 1 - Math.min(1, up);
    }

    static double userY(double priceSensitivity) {
        return y(1 / priceSensitivity);
    }
}
