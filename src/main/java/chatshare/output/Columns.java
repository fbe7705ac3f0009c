package chatshare.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column registry: every CSV ChatShare writes, with each column's name, type, unit and
 * meaning. The table writers take their headers from here, and so do datapackage.json (the
 * Frictionless Table Schema of each file), outputs.xlsx (typed cells, units row) and
 * docs/OUTPUTS.md ({@code ./chatshare describe --outputs}), so the four never disagree.
 */
public final class Columns {
    /** Table Schema field types used by ChatShare's files. */
    public enum Type {
        STRING, INTEGER, NUMBER, DATE, BOOLEAN;

        public String schemaName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One column. A pattern column (e.g. {@code finalShare_<firm>}) stands for several columns
     * named after firms or design points; {@code %s} in its description is the matched part.
     * A parameter column stands for the swept parameters of a sweep, inserted where it is listed.
     */
    public record Column(String name, Type type, String unit, String description, Pattern pattern,
            boolean parameters) {
        static Column of(String name, Type type, String unit, String description) {
            return new Column(name, type, unit, description, null, false);
        }

        /** The concrete column an actual header name stands for, or null when this does not match it. */
        Column match(String header) {
            if (pattern == null) {
                return name.equals(header) ? this : null;
            }
            Matcher m = pattern.matcher(header);
            return m.matches() ? of(header, type, unit, String.format(description, (Object[]) groups(m))) : null;
        }

        private static String[] groups(Matcher m) {
            String[] g = new String[m.groupCount()];
            for (int k = 0; k < g.length; k++) {
                g[k] = m.group(k + 1);
            }
            return g;
        }
    }

    /** Fields of this table referring to the same-named fields of another table of the folder. */
    public record ForeignKey(List<String> fields, String table) {
    }

    /** Whether a table is written into a run folder or a sweep folder. */
    public enum Folder {
        RUN, SWEEP
    }

    /**
     * One CSV file. {@code name} is the file name without ".csv" (the resource and sheet name).
     */
    public record Table(String name, Folder folder, String description, List<Column> columns, List<String> primaryKey,
            List<ForeignKey> foreignKeys) {
        public String file() {
            return name + ".csv";
        }

        /** The header of a file without pattern or parameter columns (the per-tick tables of a run). */
        public List<String> header() {
            List<String> names = new ArrayList<>();
            for (Column c : columns) {
                if (c.pattern() != null || c.parameters()) {
                    throw new IllegalStateException(name + " has columns that depend on the run");
                }
                names.add(c.name());
            }
            return names;
        }

        /**
         * The registered column of each name of an actual header; params are the swept parameters.
         *
         * @throws IllegalStateException for a column the registry does not know (a bug: register it)
         */
        public List<Column> describe(List<String> header, List<String> params) {
            List<Column> out = new ArrayList<>();
            for (String h : header) {
                out.add(params.contains(h) ? parameter(h) : find(h));
            }
            return out;
        }

        private Column find(String header) {
            for (Column c : columns) {
                Column m = c.parameters() ? null : c.match(header);
                if (m != null) {
                    return m;
                }
            }
            throw new IllegalStateException("column " + header + " of " + file() + " is not in the column registry");
        }
    }

    private static final Column RUN = Column.of("run", Type.STRING, "",
            "Run id: the experiment name of a single run, pNNNN-rRRR (design point, replicate) in a sweep");
    private static final Column REPLICATE = Column.of("replicate", Type.INTEGER, "", "Replicate number (0 for a single run)");
    private static final Column SEED = Column.of("seed", Type.STRING, "",
            "Seed of the run as 0x-prefixed hexadecimal text (a 64-bit number a spreadsheet would round); "
                    + "pass it as is to --seed to repeat the run");
    private static final Column TICK = Column.of("tick", Type.INTEGER, "weeks", "Week since the start (0 = first simulated week)");
    private static final Column DATE = Column.of("date", Type.DATE, "", "Calendar date of the tick (ISO 8601, market.start + tick weeks)");
    private static final Column FIRM = Column.of("firm", Type.STRING, "", "Firm id (as in the config's firms)");
    private static final Column PARAMETERS = new Column("<parameter>", Type.NUMBER, "",
            "Value of one swept parameter (named by its config path) at the run's design point: one column per parameter",
            null, true);
    private static final Column POINT = Column.of("point", Type.INTEGER, "", "Design point number (0-based)");
    private static final String SHARE = "share 0–1";
    private static final String USD_WEEK = "USD/week";

    private static final List<Column> ID = List.of(RUN, REPLICATE, SEED, TICK, DATE);

    private static List<Column> join(List<Column> first, Column... rest) {
        List<Column> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return List.copyOf(all);
    }

    /** The sweep's version of a run table: the swept parameters follow the seed. */
    private static List<Column> withParameters(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        all.add(all.indexOf(SEED) + 1, PARAMETERS);
        return List.copyOf(all);
    }

    private static final List<Column> FIRM_COLUMNS = join(ID, FIRM,
            Column.of("users", Type.NUMBER, "users", "Users of the firm (any plan), scaled to the population"),
            Column.of("share", Type.NUMBER, SHARE, "Share of all users, the outside option included"),
            Column.of("shareOfAdopters", Type.NUMBER, SHARE, "Share among users of some assistant; empty when nobody adopts"),
            Column.of("paidUsers", Type.NUMBER, "users", "Users on a paid plan, scaled"),
            Column.of("freeUsers", Type.NUMBER, "users", "Users on the free tier, scaled"),
            Column.of("apiUsers", Type.NUMBER, "users", "API users (the enterprise segment), scaled"),
            Column.of("price", Type.NUMBER, "USD/month", "Price of the paid plan"),
            Column.of("apiPrice", Type.NUMBER, "USD/million tokens", "API price, paid by the enterprise segment"),
            Column.of("filtering", Type.NUMBER, "0–1", "Content filtering level (0 = none, 1 = strictest)"),
            Column.of("quality", Type.NUMBER, "index", "Quality index of the paid plan as configured (uncongested; see capacityUse)"),
            Column.of("reputation", Type.NUMBER, "index", "Reputation R (enters utility times the segment's reputationWeight)"),
            Column.of("revenueWeek", Type.NUMBER, USD_WEEK, "Revenue this week, all sources"),
            Column.of("apiRevenueWeek", Type.NUMBER, USD_WEEK, "Part of revenueWeek paid by API users"),
            Column.of("adRevenueWeek", Type.NUMBER, USD_WEEK, "Part of revenueWeek from the ads of merged platforms"),
            Column.of("costsWeek", Type.NUMBER, USD_WEEK, "Costs this week (compute, fixed, investment)"),
            Column.of("cash", Type.NUMBER, "USD", "Cash at the end of the week"),
            Column.of("debt", Type.NUMBER, "USD", "Debt at the end of the week"),
            Column.of("runwayMonths", Type.NUMBER, "months",
                    "Months until cash runs out at this week's burn; empty when cash flow is not negative"),
            Column.of("valuation", Type.NUMBER, "USD", "Valuation (revenue multiple)"),
            Column.of("capacityUse", Type.NUMBER, "0–1+", "Compute demand over capacity (above 1 = congested)"),
            Column.of("strikes", Type.INTEGER, "count", "Regulatory strikes received so far"),
            Column.of("active", Type.BOOLEAN, "", "Whether the firm is still in the market (false after exit)"),
            Column.of("availableRegions", Type.STRING, "", "Regions where the firm is available, ';'-separated (empty once exited)"));

    private static final List<Column> MARKET_COLUMNS = join(ID,
            Column.of("adopters", Type.NUMBER, "users", "Users of some assistant, scaled to the population"),
            Column.of("outsideShare", Type.NUMBER, SHARE, "Share of users of no assistant (the outside option)"),
            Column.of("hhi", Type.NUMBER, "0–1", "Herfindahl index of firm shares among adopters; empty when nobody adopts"),
            Column.of("churn", Type.NUMBER, SHARE,
                    "Fraction of last week's adopters who left their firm (to a rival or to none)"),
            Column.of("switches", Type.NUMBER, "users", "Changes of choice this week, scaled (moves between plans included)"),
            Column.of("awarenessMean", Type.NUMBER, SHARE, "Mean over firms of the share of users aware of the firm"),
            Column.of("events", Type.STRING, "", "Events applied this week, '; '-separated (details in events.csv)"));

    private static final List<Column> EVENT_COLUMNS = join(ID,
            Column.of("event", Type.STRING, "", "Event type (see docs/MODEL.md, event timeline)"),
            Column.of("firm", Type.STRING, "", "Firm the event concerns (empty for market-wide events)"),
            Column.of("platform", Type.STRING, "", "Platform the event concerns, if any"),
            Column.of("region", Type.STRING, "", "Region the event concerns, if any"),
            Column.of("amount", Type.NUMBER, "event-specific",
                    "The event's amount (USD for funding, a price for price changes, ...); empty if none"),
            Column.of("detail", Type.STRING, "", "Further detail of the event"));

    private static final List<ForeignKey> TO_MARKET = List.of(new ForeignKey(List.of("run", "tick"), "market"));
    private static final List<ForeignKey> TO_RUNS = List.of(new ForeignKey(List.of("run"), "runs"));

    private static Column firmShare(String where) {
        return new Column("<firm>", Type.NUMBER, SHARE, "Share of users of firm %s" + where,
                Pattern.compile("(?!tick$|date$|none$)(.+)"), false);
    }

    public static final Table FIRMS = new Table("firms", Folder.RUN,
            "One row per week and firm (MODEL.md 8); counts and money scaled to the population", FIRM_COLUMNS,
            List.of("run", "tick", "firm"), TO_MARKET);
    public static final Table MARKET = new Table("market", Folder.RUN, "One row per week: the market as a whole",
            MARKET_COLUMNS, List.of("run", "tick"), List.of());
    public static final Table EVENTS = new Table("events", Folder.RUN,
            "One row per event applied (scheduled by the timeline or endogenous, e.g. an exit)", EVENT_COLUMNS, List.of(),
            TO_MARKET);
    public static final Table WIDE = new Table("wide", Folder.RUN,
            "Optional (outputs.wide): one row per week, one share column per firm and one for no assistant",
            List.of(TICK, DATE, firmShare(""),
                    Column.of("none", Type.NUMBER, SHARE, "Share of users of no assistant (the outside option)")),
            List.of("tick"), List.of());

    public static final Table SEGMENTS = new Table("segments", Folder.RUN,
            "Optional (outputs.segments): one row per week, segment, region, platform, membership of that platform and "
                    + "choice (a firm or none); MODEL.md 8",
            join(ID,
                    Column.of("segment", Type.STRING, "", "User segment: consumer, power or enterprise"),
                    Column.of("region", Type.STRING, "", "Region id (as in the config's users.regions)"),
                    Column.of("platform", Type.STRING, "", "Platform id (as in the config's platforms)"),
                    Column.of("member", Type.BOOLEAN, "", "Whether the row counts the platform's members (true) or the other users (false)"),
                    Column.of("firm", Type.STRING, "", "Firm id, or none for users of no assistant"),
                    Column.of("users", Type.NUMBER, "users", "Users of the row's segment, region and membership choosing the firm (any plan), scaled"),
                    Column.of("paidUsers", Type.NUMBER, "users", "Of those, users of the paid plan (the API for enterprise users); empty for none"),
                    Column.of("share", Type.NUMBER, SHARE, "users over all users of the row's segment, region and membership; empty when there are none"),
                    Column.of("firmUsers", Type.NUMBER, "users",
                            "Users of the firm in the row's segment and region, members or not (the denominator of a firm's member share)"),
                    Column.of("adopters", Type.NUMBER, "users",
                            "Users of any firm in the row's segment and region, members or not (firmUsers over adopters is the firm's share of adopters in the segment)")),
            List.of("run", "tick", "segment", "region", "platform", "member", "firm"), TO_MARKET);

    private static final String PER_PERIOD = "USD/period";
    private static final Column DELTA = Column.of("delta", Type.NUMBER, "",
            "Profit gain (profit - nashProfit)/(monopolyProfit - nashProfit): 0 at Nash, 1 at joint-profit maximisation");
    public static final Table LEARNING = new Table("learning", Folder.RUN,
            "Runs with qLearning firms: one row per learning firm, its convergence, benchmarks and outcome (docs/LEARNING.md)",
            List.of(RUN, REPLICATE, SEED, FIRM,
                    Column.of("converged", Type.BOOLEAN, "", "Whether the greedy strategy stayed unchanged for qConvergence decisions"),
                    Column.of("decisions", Type.INTEGER, "periods", "Decisions (periods) the firm made"),
                    Column.of("stableFor", Type.INTEGER, "periods", "Decisions since its greedy strategy last changed"),
                    Column.of("nashPrice", Type.NUMBER, "USD/month", "One-shot Bertrand-Nash price on the expected demand"),
                    Column.of("monopolyPrice", Type.NUMBER, "USD/month", "Joint-profit-maximising price"),
                    Column.of("nashProfit", Type.NUMBER, PER_PERIOD, "Profit per period at the Nash prices"),
                    Column.of("monopolyProfit", Type.NUMBER, PER_PERIOD, "Profit per period at the joint-profit prices"),
                    Column.of("cycleLength", Type.INTEGER, "periods", "Length of the greedy limit cycle"),
                    Column.of("price", Type.NUMBER, "USD/month", "Price averaged over the greedy limit cycle"),
                    Column.of("profit", Type.NUMBER, PER_PERIOD, "Profit averaged over the greedy limit cycle"),
                    DELTA,
                    Column.of("realisedPrice", Type.NUMBER, "USD/month", "Price averaged over the last 1 000 decisions"),
                    Column.of("realisedProfit", Type.NUMBER, PER_PERIOD, "Profit averaged over the last 1 000 decisions"),
                    Column.of("realisedDelta", Type.NUMBER, "", "delta of realisedProfit")),
            List.of("run", "firm"), List.of());
    public static final Table IMPULSE = new Table("impulse", Folder.RUN,
            "Runs with qLearning firms: impulse response, the first learner cuts its price for one period, then all play greedy",
            List.of(RUN, REPLICATE, SEED,
                    Column.of("period", Type.INTEGER, "periods", "Period: 0 = the prices before, 1 = the deviation, then greedy play"),
                    FIRM, Column.of("price", Type.NUMBER, "USD/month", "Price played"),
                    Column.of("profit", Type.NUMBER, PER_PERIOD, "Profit of the period"), DELTA),
            List.of("run", "period", "firm"), List.of());

    public static final Table SWEEP_RUNS = new Table("runs", Folder.SWEEP,
            "One row per run of the sweep: design point, replicate, seed, parameters, status, final shares and the "
                    + "command that repeats it",
            List.of(RUN, POINT, REPLICATE, SEED, PARAMETERS,
                    Column.of("status", Type.STRING, "", "ok, or failed (see error)"),
                    Column.of("seconds", Type.NUMBER, "seconds", "Wall-clock time of the run"),
                    new Column("finalShare_<firm>", Type.NUMBER, SHARE, "Share of firm %s at the last week",
                            Pattern.compile("finalShare_(.+)"), false),
                    Column.of("error", Type.STRING, "", "Why the run failed (empty when ok)"),
                    Column.of("command", Type.STRING, "", "The shell command that repeats this run exactly")),
            List.of("run"), List.of());
    public static final Table SWEEP_FIRMS = new Table("firms", Folder.SWEEP,
            "firms.csv of every completed run in run order, with the swept parameters after seed",
            withParameters(FIRM_COLUMNS), List.of("run", "tick", "firm"), TO_RUNS);
    public static final Table SWEEP_MARKET = new Table("market", Folder.SWEEP,
            "market.csv of every completed run in run order, with the swept parameters after seed",
            withParameters(MARKET_COLUMNS), List.of("run", "tick"), TO_RUNS);
    public static final Table SWEEP_EVENTS = new Table("events", Folder.SWEEP,
            "events.csv of every completed run in run order, with the swept parameters after seed",
            withParameters(EVENT_COLUMNS), List.of(), TO_RUNS);
    public static final Table SUMMARY = new Table("summary", Folder.SWEEP,
            "One row per design point and firm over the point's replicates: mean, sd and 95% confidence interval",
            summaryColumns(), List.of("point", "firm"), List.of(new ForeignKey(List.of("point"), "points")));
    public static final Table POINTS = new Table("points", Folder.SWEEP,
            "One row per design point: its parameter values and completed replicates (the key to wide.csv's columns)",
            List.of(POINT, PARAMETERS, Column.of("replicates", Type.INTEGER, "runs", "Completed replicates of the point")),
            List.of("point"), List.of());
    public static final Table SWEEP_WIDE = new Table("wide", Folder.SWEEP,
            "Optional (outputs.wide): one row per week, one column per firm (and none) and design point holding the "
                    + "share averaged over the point's replicates; points.csv gives each point's parameters",
            List.of(TICK, DATE, new Column("<firm>@p<point>", Type.NUMBER, SHARE,
                    "Share of %s (none = no assistant) at design point %s, mean over its replicates",
                    Pattern.compile("(.+)@p(\\d+)"), false)),
            List.of("tick"), List.of());

    /** Every table, run folder first, in the order of docs/OUTPUTS.md and of the workbook's sheets. */
    public static final List<Table> ALL = List.of(FIRMS, MARKET, EVENTS, WIDE, SEGMENTS, LEARNING, IMPULSE, SWEEP_RUNS, POINTS, SUMMARY, SWEEP_FIRMS,
            SWEEP_MARKET, SWEEP_EVENTS, SWEEP_WIDE);

    private Columns() {
    }

    /** The tables a run or a sweep folder may hold. */
    public static List<Table> of(Folder folder) {
        return ALL.stream().filter(t -> t.folder() == folder).toList();
    }

    private static List<Column> summaryColumns() {
        List<Column> c = new ArrayList<>(List.of(POINT, PARAMETERS, FIRM,
                Column.of("replicates", Type.INTEGER, "runs", "Completed replicates of the point")));
        String[][] outcomes = {
            {"finalShare", SHARE, "share at the last week"},
            {"meanShare", SHARE, "share averaged over the weeks"},
            {"revenue", "USD", "revenue summed over the weeks"}};
        for (String[] o : outcomes) {
            c.add(Column.of(o[0] + "_mean", Type.NUMBER, o[1], "Mean over replicates of the " + o[2]));
            c.add(Column.of(o[0] + "_sd", Type.NUMBER, o[1], "Standard deviation over replicates of the " + o[2]));
            c.add(Column.of(o[0] + "_ci95_low", Type.NUMBER, o[1], "Lower end of the 95% confidence interval of the mean " + o[2]));
            c.add(Column.of(o[0] + "_ci95_high", Type.NUMBER, o[1], "Upper end of the 95% confidence interval of the mean " + o[2]));
            c.add(Column.of(o[0] + "_ci95_halfWidth", Type.NUMBER, o[1], "Half-width of that interval"));
        }
        c.add(Column.of("reach10pct_probability", Type.NUMBER, "probability", "Share of replicates in which the firm reached 10% share"));
        addTimes(c, "ticksTo10pct", "first week with a share of at least 10%, over the replicates that reached it");
        c.add(Column.of("exit_probability", Type.NUMBER, "probability", "Share of replicates in which the firm exited"));
        addTimes(c, "exitTick", "week of exit, over the replicates in which the firm exited");
        return List.copyOf(c);
    }

    private static void addTimes(List<Column> c, String name, String what) {
        c.add(Column.of(name + "_mean", Type.NUMBER, "weeks", "Mean " + what));
        c.add(Column.of(name + "_sd", Type.NUMBER, "weeks", "Standard deviation of the " + what));
        c.add(Column.of(name + "_ci95_low", Type.NUMBER, "weeks", "Lower end of the 95% confidence interval of the mean " + what));
        c.add(Column.of(name + "_ci95_high", Type.NUMBER, "weeks", "Upper end of that interval"));
    }

    /** A swept parameter's column. */
    static Column parameter(String path) {
        return Column.of(path, Type.NUMBER, "", "Swept parameter " + path + " at the run's design point");
    }
}
