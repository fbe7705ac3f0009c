package chatshare.calibration;

import chatshare.config.Doc;
import chatshare.config.Range;

/** The search range of one calibrated parameter. */
public class ParameterRangeConfig {
    @Doc("Lower bound")
    @Range(min = -1e13, max = 1e13)
    public Double from;

    @Doc("Upper bound (above from)")
    @Range(min = -1e13, max = 1e13)
    public Double to;
}
