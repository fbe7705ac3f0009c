package chatshare.model;

import chatshare.config.BundleConfig;

/** A firm bundled with a platform: convenience bonus and member price treatment. */
public record Bundle(int firm, double bonus, String priceTreatment, double discount, int startTick, int endTick) {
    public static Bundle of(BundleConfig c, int firm) {
        return new Bundle(firm, c.bonus, c.price, c.discount, c.startTick, c.endTick);
    }

    public boolean activeAt(int tick) {
        return tick >= startTick && (endTick < 0 || tick < endTick);
    }

    /** The paid-plan price a member pays. */
    public double memberPrice(double listPrice) {
        return switch (priceTreatment) {
            case "free" -> 0;
            case "discount" -> listPrice * (1 - discount);
            default -> listPrice;
        };
    }
}
