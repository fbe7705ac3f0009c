package chatshare.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run's firms.csv says about each firm, read row by row (no run is held in memory):
 * final share, mean share over the horizon, revenue over the horizon ($), first tick at 10%
 * share, exit tick.
 */
public final class ReplicateSummary {
    /** The outcome of one firm in one run (NaN where it never happened). */
    public record FirmOutcome(double finalShare, double meanShare, double revenue, double ticksTo10Percent,
            double exitTick) {
    }

    private static final double THRESHOLD = 0.10;

    private final Map<String, double[]> state = new LinkedHashMap<>();

    /** Feeds one firms.csv row. */
    public void add(org.apache.commons.csv.CSVRecord r) {
        add(r.get("firm"), Integer.parseInt(r.get("tick")), Double.parseDouble(r.get("share")),
                Boolean.parseBoolean(r.get("active")), Double.parseDouble(r.get("revenueWeek")));
    }

    /** State per firm: {share sum, rows, last share, first tick >= 10%, exit tick, revenue sum}. */
    void add(String firm, int tick, double share, boolean active, double revenueWeek) {
        double[] s = state.computeIfAbsent(firm, f -> new double[] {0, 0, 0, Double.NaN, Double.NaN, 0});
        s[0] += share;
        s[1]++;
        s[2] = share;
        if (Double.isNaN(s[3]) && share >= THRESHOLD) {
            s[3] = tick;
        }
        if (Double.isNaN(s[4]) && !active) {
            s[4] = tick;
        }
        s[5] += revenueWeek;
    }

    public Map<String, FirmOutcome> outcomes() {
        Map<String, FirmOutcome> out = new LinkedHashMap<>();
        state.forEach((firm, s) -> out.put(firm, new FirmOutcome(s[2], s[0] / s[1], s[5], s[3], s[4])));
        return out;
    }

    /**
     * The summary.csv columns for one point x firm, from its replicates' outcomes. Time to 10% and
     * exit tick are summarised over the replicates where they happened (their probability beside).
     */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("replicates"));
        for (String m : List.of("finalShare", "meanShare", "revenue")) {
            h.addAll(List.of(m + "_mean", m + "_sd", m + "_ci95_low", m + "_ci95_high", m + "_ci95_halfWidth"));
        }
        h.add("reach10pct_probability");
        h.addAll(List.of("ticksTo10pct_mean", "ticksTo10pct_sd", "ticksTo10pct_ci95_low", "ticksTo10pct_ci95_high"));
        h.add("exit_probability");
        h.addAll(List.of("exitTick_mean", "exitTick_sd", "exitTick_ci95_low", "exitTick_ci95_high"));
        return h;
    }

    /** One output of a firm in one run by its summary.csv name: finalShare or meanShare. */
    public static double output(FirmOutcome o, String output) {
        return switch (output) {
            case "finalShare" -> o.finalShare();
            case "meanShare" -> o.meanShare();
            default -> throw new IllegalArgumentException("unknown output " + output);
        };
    }

    /** Share of the replicates in which the firm exited. */
    public static double exitProbability(List<FirmOutcome> replicates) {
        return replicates.stream().filter(o -> !Double.isNaN(o.exitTick())).count() / (double) replicates.size();
    }

    public static List<Double> row(List<FirmOutcome> replicates) {
        Interval fin = Interval.of(replicates.stream().mapToDouble(FirmOutcome::finalShare).toArray());
        Interval avg = Interval.of(replicates.stream().mapToDouble(FirmOutcome::meanShare).toArray());
        Interval revenue = Interval.of(replicates.stream().mapToDouble(FirmOutcome::revenue).toArray());
        double[] reach = replicates.stream().mapToDouble(FirmOutcome::ticksTo10Percent).filter(x -> !Double.isNaN(x)).toArray();
        double[] exits = replicates.stream().mapToDouble(FirmOutcome::exitTick).filter(x -> !Double.isNaN(x)).toArray();
        double n = replicates.size();
        Interval reached = Interval.of(reach);
        Interval exited = Interval.of(exits);
        return List.of(n, fin.mean(), fin.sd(), fin.low(), fin.high(), fin.halfWidth(),
                avg.mean(), avg.sd(), avg.low(), avg.high(), avg.halfWidth(),
                revenue.mean(), revenue.sd(), revenue.low(), revenue.high(), revenue.halfWidth(),
                reach.length / n, reached.mean(), reached.sd(), reached.low(), reached.high(),
                exits.length / n, exited.mean(), exited.sd(), exited.low(), exited.high());
    }
}
