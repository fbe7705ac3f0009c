package chatshare.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A platform (X, Microsoft, Google, ...) whose members get bundled assistants. */
public class PlatformConfig {
    @Doc("Display name (empty = the platform id)")
    public String name = "";

    @Doc("Fraction of each region's users who are members, by region id (missing region = 0)")
    @Range(min = 0, max = 1)
    public Map<String, Double> members = new LinkedHashMap<>();

    @Doc("Relative change of membership per tick in every region (e.g. -0.002 for a slow decline)")
    @Range(min = -1, max = 1)
    public double drift = 0;

    @Doc("The platform's ad revenue ($/week at its initial membership), attributed to a firm after a platformMerger")
    @Range(min = 0, max = 1e12)
    public double adRevenueWeek = 0;

    @Doc("Monthly price of the platform's paid tier ($, e.g. X Premium) that members who use the owner's assistant may buy for it; booked to the firm that merged with the platform")
    @Range(min = 0, max = 1e4)
    public double subscriptionPrice = 0;

    @Doc("Fraction of the platform's members on the free plan of the owner's assistant who pay the platform's tier for it (subscription revenue = subscriptionPrice x subscriptionTakeUp x those users)")
    @Range(min = 0, max = 1)
    public double subscriptionTakeUp = 0;

    @Doc("Assistants bundled with the platform")
    public List<BundleConfig> bundles = new ArrayList<>();
}
