package chatshare.config;

/** How a firm revises its decisions every market.firmDecisionEvery ticks. */
public class StrategyConfig {
    @Doc("Pricing strategy")
    @OneOf({"fixed"})
    public String pricing = "fixed";
}
