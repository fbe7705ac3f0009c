package chatshare.model;

import java.util.List;

/**
 * What a firm sets on its decision ticks: the paid-plan price ($/month), the API price ($ per
 * million tokens) and the filtering level. A value: a probe tries a candidate offer by building
 * one, never by writing it into the firm.
 */
public record Offer(double price, double apiPrice, double filtering) {
    /** The firms' offers now, by firm index: the profile a probe starts from. */
    static List<Offer> profileOf(List<Firm> firms) {
        return firms.stream().map(Firm::offer).toList();
    }

    /** The profile with firm j making offer o instead. */
    static List<Offer> replace(List<Offer> profile, int j, Offer o) {
        Offer[] next = profile.toArray(new Offer[0]);
        next[j] = o;
        return List.of(next);
    }

    /** The price of this lever. */
    public double price(PriceLever lever) {
        return lever == PriceLever.PAID ? price : apiPrice;
    }

    /** This offer with the lever's price changed. */
    public Offer with(PriceLever lever, double value) {
        return lever == PriceLever.PAID ? new Offer(value, apiPrice, filtering) : new Offer(price, value, filtering);
    }

    public Offer withFiltering(double value) {
        return new Offer(price, apiPrice, value);
    }
}
