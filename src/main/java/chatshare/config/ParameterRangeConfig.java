package chatshare.config;

/** The search range of one calibrated parameter. */
public class ParameterRangeConfig {
    @Doc("Lower bound")
    public Double from;

    @Doc("Upper bound (above from)")
    public Double to;
}
