package chatshare.config;

/** A firm's assistant bundled with a platform: convenience bonus and price treatment for members. */
public class BundleConfig {
    @Doc("Id of the bundled firm")
    public String firm = "";

    @Doc("Convenience bonus lambda added to the bundled firm's utility for members")
    @Range(min = -100, max = 100)
    public double bonus = 0.5;

    @Doc("Paid-plan price for members: list price (none), free, or discounted")
    @OneOf({"none", "free", "discount"})
    public String price = "none";

    @Doc("Discount on the paid plan for members when price = discount")
    @Range(min = 0, max = 1)
    public double discount = 0;

    @Doc("First tick the bundle applies")
    @Range(min = 0, max = 100_000)
    public int startTick = 0;

    @Doc("Tick the bundle ends (-1 = never)")
    @Range(min = -1, max = 100_000)
    public int endTick = -1;
}
