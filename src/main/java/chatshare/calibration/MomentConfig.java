package chatshare.calibration;

import chatshare.config.Doc;
import chatshare.config.OneOf;
import chatshare.config.Range;

/**
 * One calibration moment: a statistic of a column of firms.csv (one firm) or market.csv over the
 * weeks of a run, its target and its weight in the distance
 * sum of weight x ((simulated - target) / scale)^2.
 */
public class MomentConfig {
    @Doc("Name of the moment (unique; a column of candidates.csv)")
    public String name = "";

    @Doc("Table the moment is measured on")
    @OneOf({"firms", "market", "segments"})
    public String table = "firms";

    @Doc("Firm id (firms and segments tables)")
    public String firm = "";

    @Doc("Platform id (segments table only): only the rows of the platform's members, e.g. x with column users over firmUsers for the share of a firm's users who are X members")
    public String platform = "";

    @Doc("Segment (segments table only): only the rows of this segment (consumer, power or enterprise), e.g. consumer with column firmUsers over adopters for a firm's share of consumer adopters")
    public String segment = "";

    @Doc("Numeric column of the table, e.g. revenueWeek, shareOfAdopters, hhi")
    public String column = "";

    @Doc("Column subtracted from column row by row (e.g. adRevenueWeek: revenue without the ads of a merged platform)")
    public String minus = "";

    @Doc("Denominator column: the moment is the ratio of totals over the window, sum(column) / sum(over) (e.g. apiRevenueWeek over revenueWeek)")
    public String over = "";

    @Doc("none, or bestRival: the firm's value minus the highest value among the other firms in the same week (firms table)")
    @OneOf({"none", "bestRival"})
    public String versus = "none";

    @Doc("value: the week that contains date; mean or sum: over the weeks whose date is in [from, to]; bestResponseGap: in the week that contains date, (static best-response paid price - price) / price of the firm (column price)")
    @OneOf({"value", "mean", "sum", "bestResponseGap"})
    public String statistic = "mean";

    @Doc("ISO date of a value statistic")
    public String date = "";

    @Doc("First day of the window of a mean or sum (ISO date)")
    public String from = "";

    @Doc("Last day of the window of a mean or sum (ISO date, inclusive)")
    public String to = "";

    @Doc("Multiplies the statistic, e.g. 52 to annualise a weekly mean")
    @Range(min = -1e6, max = 1e6)
    public double factor = 1;

    @Doc("Target value (after factor)")
    @Range(min = -1e15, max = 1e15)
    public Double target;

    @Doc("equal: any difference counts; atLeast or atMost: only a shortfall below or an excess above the target counts")
    @OneOf({"equal", "atLeast", "atMost"})
    public String compare = "equal";

    @Doc("Weight in the distance")
    @Range(min = 0, max = 1e6)
    public double weight = 1;

    @Doc("A hold-out moment: measured and reported (role holdout) but never part of the distance, so it cannot steer the search; for checking a fit out of sample")
    public boolean holdout = false;

    @Doc("Scale dividing the difference (absent = |target|)")
    @Range(min = 0, max = 1e15)
    public Double scale;
}
