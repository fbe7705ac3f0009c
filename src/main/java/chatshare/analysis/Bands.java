package chatshare.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's trajectory over the replicates of one design point: per series (a firm, or
 * "none" for the outside share) and tick, the mean and the 95% confidence interval.
 */
public final class Bands {
    /** One line with its band: dates[t], mean[t], low[t], high[t] (low = high = mean with one replicate). */
    public record Band(String name, List<LocalDate> dates, double[] mean, double[] low, double[] high) {
    }

    private Bands() {
    }

    /** As a point: every run of the folder (e.g. all posterior draws x replicates of a scenario). */
    public static final int ALL_POINTS = -1;

    /**
     * Each firm's firms.csv column over the point's replicates (all runs for {@link #ALL_POINTS}),
     * plus "none" (market.csv outsideShare) when the column is share.
     */
    public static List<Band> firms(ResultFolder folder, int point, String column) throws IOException {
        List<ResultFolder.Run> runs = folder.runs.stream().filter(r -> point == ALL_POINTS || r.point() == point).toList();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(folder.dir + ": no completed run at point " + point);
        }
        Map<String, List<List<Double>>> values = new LinkedHashMap<>(); // series -> tick -> replicates
        List<LocalDate> dates = new ArrayList<>();
        for (ResultFolder.Run run : runs) {
            ResultFolder.rows(run, "firms.csv", r -> {
                add(values, r.get("firm"), Integer.parseInt(r.get("tick")), value(r.get(column)));
                if (run == runs.get(0) && dates.size() == Integer.parseInt(r.get("tick"))) {
                    dates.add(LocalDate.parse(r.get("date")));
                }
            });
            if (column.equals("share")) {
                ResultFolder.rows(run, "market.csv", r -> add(values, "none", Integer.parseInt(r.get("tick")),
                        value(r.get("outsideShare"))));
            }
        }
        List<Band> bands = new ArrayList<>();
        values.forEach((name, ticks) -> bands.add(band(name, dates, ticks)));
        return bands;
    }

    /** One series' column (e.g. a firm's share) in each folder, for comparing scenarios. */
    public static Band firm(ResultFolder folder, int point, String column, String firm) throws IOException {
        return firms(folder, point, column).stream().filter(b -> b.name().equals(firm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder.dir + ": no firm '" + firm + "'"));
    }

    private static double value(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    private static void add(Map<String, List<List<Double>>> values, String series, int tick, double v) {
        List<List<Double>> ticks = values.computeIfAbsent(series, s -> new ArrayList<>());
        while (ticks.size() <= tick) {
            ticks.add(new ArrayList<>());
        }
        ticks.get(tick).add(v);
    }

    private static Band band(String name, List<LocalDate> dates, List<List<Double>> ticks) {
        int n = Math.min(dates.size(), ticks.size());
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int t = 0; t < n; t++) {
            Interval ci = Interval.of(ticks.get(t).stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray());
            mean[t] = ci.mean();
            low[t] = ci.n() > 1 ? ci.low() : ci.mean();
            high[t] = ci.n() > 1 ? ci.high() : ci.mean();
        }
        return new Band(name, dates.subList(0, n), mean, low, high);
    }
}
