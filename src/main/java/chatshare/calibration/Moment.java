package chatshare.calibration;

import chatshare.model.Equilibrium;
import chatshare.model.Firm;
import chatshare.model.Market;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One moment of a targets file, measured on the firms.csv or market.csv rows of a run: the
 * statistic of a column (less another, or relative to the best rival, or as a ratio of totals)
 * over the weeks of a window, times a factor; and its share of the distance to the targets.
 */
public final class Moment {
    public final MomentConfig spec;
    private final LocalDate from;
    private final LocalDate to;

    Moment(MomentConfig spec) {
        this.spec = spec;
        boolean value = spec.statistic.equals("value") || probesMarket();
        // A value is the week that contains the date: the week whose first day is in [date - 6, date].
        this.from = value ? LocalDate.parse(spec.date).minusDays(6) : LocalDate.parse(spec.from);
        this.to = value ? LocalDate.parse(spec.date) : LocalDate.parse(spec.to);
    }

    public String name() {
        return spec.name;
    }

    /** The weeks the moment reads: those whose first day (the date column) is in [from(), to()]. */
    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    public double scale() {
        return spec.scale != null ? spec.scale : Math.abs(spec.target);
    }

    /**
     * True for a moment read on the running market rather than on its tables: the gap between a
     * firm's price and its static best response (the equilibrium command's search).
     */
    boolean probesMarket() {
        return spec.statistic.equals("bestResponseGap");
    }

    /** Whether the market's week (the first day of the tick) is the one a probing moment reads. */
    boolean probesWeek(LocalDate week) {
        return probesMarket() && !week.isBefore(from) && !week.isAfter(to);
    }

    /** The probe: (best-response price - price) / price of the moment's firm, NaN for a firm not active or free. */
    double probe(Market market) {
        Firm f = market.firm(spec.firm);
        if (!f.active() || !(f.offer().price() > 0)) {
            return Double.NaN;
        }
        return (Equilibrium.bestResponsePrice(market, f) - f.offer().price()) / f.offer().price();
    }

    /**
     * The moment in one run, from its tables' rows by column name (a probing moment: its probe);
     * NaN when a cell it reads is empty or the probe's week was not reached.
     */
    double measure(Map<String, List<CSVRecord>> tables, Map<String, Double> probes) {
        if (probesMarket()) {
            return spec.factor * probes.getOrDefault(spec.name, Double.NaN);
        }
        List<CSVRecord> rows = tables.get(spec.table);
        Map<String, Double> bestRival = spec.versus.equals("bestRival") ? bestRivalByWeek(rows) : Map.of();
        double numerator = 0;
        double denominator = 0;
        for (CSVRecord r : rows) {
            if (!spec.firm.isEmpty() && !r.get("firm").equals(spec.firm) || !inWindow(r) || !onPlatform(r)
                    || !inSegment(r)) {
                continue;
            }
            numerator += value(r) - bestRival.getOrDefault(r.get("date"), 0.0);
            denominator += spec.over.isEmpty() ? 1 : cell(r, spec.over);
        }
        boolean total = spec.statistic.equals("sum") && spec.over.isEmpty();
        return spec.factor * (total ? numerator : numerator / denominator);
    }

    /** A segments row of the platform's members, when the moment names a platform. */
    private boolean onPlatform(CSVRecord r) {
        return spec.platform.isEmpty() || r.get("platform").equals(spec.platform) && r.get("member").equals("true");
    }

    /** A segments row of the moment's segment, when it names one. */
    private boolean inSegment(CSVRecord r) {
        return spec.segment.isEmpty() || r.get("segment").equals(spec.segment);
    }

    /** Whether the moment reads segments.csv (runs then keep its rows). */
    boolean readsSegments() {
        return spec.table.equals("segments");
    }

    private boolean inWindow(CSVRecord r) {
        LocalDate week = LocalDate.parse(r.get("date"));
        return !week.isBefore(from) && !week.isAfter(to);
    }

    /** The row's column, less the minus column. */
    private double value(CSVRecord r) {
        return cell(r, spec.column) - (spec.minus.isEmpty() ? 0 : cell(r, spec.minus));
    }

    private Map<String, Double> bestRivalByWeek(List<CSVRecord> rows) {
        Map<String, Double> best = new HashMap<>();
        for (CSVRecord r : rows) {
            if (!r.get("firm").equals(spec.firm) && inWindow(r)) {
                best.merge(r.get("date"), value(r), Math::max);
            }
        }
        return best;
    }

    private static double cell(CSVRecord r, String column) {
        String cell = r.get(column);
        return chatshare.output.CsvFormat.parse(cell);
    }

    /** The part of simulated - target that counts: all of it, a shortfall (atLeast) or an excess (atMost). */
    public double error(double simulated) {
        double d = simulated - spec.target;
        return switch (spec.compare) {
            case "atLeast" -> Math.min(0, d);
            case "atMost" -> Math.max(0, d);
            default -> d;
        };
    }

    /**
     * What the moment is for: fit (in the distance), holdout (measured out of sample, never in the
     * distance) or reported (weight 0: measured for information).
     */
    public String role() {
        return spec.holdout ? "holdout" : spec.weight == 0 ? "reported" : "fit";
    }

    /** weight x (error / scale)^2; infinite when the moment could not be measured; 0 for a hold-out. */
    public double contribution(double simulated) {
        double e = error(simulated) / scale();
        if (spec.weight == 0 || spec.holdout) {
            return 0;
        }
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : spec.weight * e * e;
    }

    /** The distance of a candidate: the sum of its moments' contributions (moment means in order). */
    static double distance(List<Moment> moments, double[] means) {
        double sum = 0;
        for (int k = 0; k < moments.size(); k++) {
            sum += moments.get(k).contribution(means[k]);
        }
        return sum;
    }
}
