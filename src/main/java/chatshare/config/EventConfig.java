package chatshare.config;

/**
 * One scheduled event of the timeline (MODEL.md 7.8), applied at a tick or at the week
 * containing a date. Which fields a type uses is checked on load (see {@link EventType}).
 */
public class EventConfig {
    @Doc("Optional id, unique among the config's events, so that a config extending this one can drop the event (removeEvents)")
    public String id = "";

    @Doc("Event type")
    @OneOf({"setPrice", "setApiPrice", "setFiltering", "setQuality", "exitFirm", "funding", "bundle", "unbundle",
        "platformPromotion", "platformShock", "regulation", "controversy", "acquisition", "launchFirm", "setStrategy",
        "platformMerger", "setParameter"})
    public String type = "";

    @Doc("Tick at which the event applies (-1 = use date)")
    @Range(min = -1, max = 100_000)
    public int tick = -1;

    @Doc("ISO date at which the event applies: the tick of the week that contains it (when tick = -1)")
    public String date = "";

    @Doc("Firm id the event concerns")
    public String firm = "";

    @Doc("Parameter path changed by a setParameter event, e.g. users.segments.consumer.reviewProb")
    public String parameter = "";

    @Doc("Firm absorbed by the acquiring firm of an acquisition (its users, cash, debt; best quality kept)")
    public String target = "";

    @Doc("New pricing strategy of a setStrategy event")
    @OneOf(value = {"fixed", "hillClimb", "bestResponse", "penetration"}, orEmpty = true)
    public String pricing = "";

    @Doc("New filtering strategy of a setStrategy event")
    @OneOf(value = {"fixed", "imitate", "demandSeeking"}, orEmpty = true)
    public String filtering = "";

    @Doc("Platform id the event concerns")
    public String platform = "";

    @Doc("Region id of a platformShock (empty = every region) or of a regulation change")
    public String region = "";

    @Doc("New price, API price, filtering or quality; membership multiplier of a platformShock; new fMin of a regulation; new value of a setParameter")
    @Range(min = -1e13, max = 1e13)
    public Double value;

    @Doc("New detection hazard of a regulation event (absent = unchanged)")
    @Range(min = 0, max = 1)
    public Double hazard;

    @Doc("Money raised by a funding event ($)")
    @Range(min = 0, max = 1e13)
    public Double amount;

    @Doc("Funding kind: equity adds cash; debt adds cash and debt; gpuDebt adds debt and orders finance.capacityPerDebtDollar x amount of capacity (firms with limited capacity), no cash")
    @OneOf({"equity", "debt", "gpuDebt"})
    public String kind = "equity";

    @Doc("Convenience bonus of a new bundle")
    @Range(min = -100, max = 100)
    public double bonus = 0.5;

    @Doc("Paid-plan price for members of a new bundle: list price (none), free, or discounted")
    @OneOf({"none", "free", "discount"})
    public String price = "none";

    @Doc("Discount of a new bundle when price = discount")
    @Range(min = 0, max = 1)
    public double discount = 0;
}
