package chatshare.gui;

import chatshare.model.Firm;
import chatshare.model.Market;
import chatshare.output.FirmColours;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Time-series charts updated every tick: shares (each firm and none), paid-plan prices,
 * filtering, cash, runway and the HHI. An update adds one point per series: O(firms) per tick.
 */
final class MarketCharts {
    /** A quantity of one firm in the market. */
    private interface FirmQuantity {
        double of(Market m, Firm f);
    }

    /** One chart: a line per firm (if perFirm), then optionally a market-level line. */
    private record Chart(TimeSeriesChartGenerator generator, FirmQuantity perFirm, String extraName,
            ToDoubleFunction<Market> extra, List<XYSeries> series) {
    }

    /**
     * Runways above this (10 years) are drawn at it: a firm burning little cash has a runway of
     * 150 000 months for a week, which would flatten every other line to the axis.
     */
    static final double RUNWAY_CAP = 120;

    final TimeSeriesChartGenerator shares;
    private final List<Chart> charts = new ArrayList<>();

    MarketCharts() {
        shares = add("Market shares", "share of users", (m, f) -> m.metrics.share(f), "none", m -> m.metrics.outsideShare()).generator();
        add("Prices", "paid plan ($/month)", (m, f) -> f.offer().price(), null, null);
        add("Filtering", "filtering level", (m, f) -> f.offer().filtering(), null, null);
        add("Cash", "cash ($ billion)", (m, f) -> f.accounts().cash() / 1e9, null, null);
        add("Runway", "runway (months, capped at " + (int) RUNWAY_CAP + "; none while profitable)",
                (m, f) -> Double.isFinite(f.runwayMonths()) ? Math.min(RUNWAY_CAP, f.runwayMonths()) : Double.NaN, null, null);
        add("Concentration", "HHI among adopters", null, "HHI", m -> m.metrics.hhi());
    }

    private Chart add(String title, String yLabel, FirmQuantity perFirm, String extraName,
            ToDoubleFunction<Market> extra) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        // dates on the x axis (the points' x is the tick's date in ms, UTC), as in the plot command's charts
        org.jfree.chart.axis.DateAxis dates = new org.jfree.chart.axis.DateAxis("date");
        dates.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        g.getChart().getXYPlot().setDomainAxis(dates);
        g.getChart().setPadding(new org.jfree.ui.RectangleInsets(4, 4, 4, 28)); // room for the last date label
        g.setXAxisLabel("date");
        g.setYAxisLabel(yLabel);
        Chart chart = new Chart(g, perFirm, extraName, extra, new ArrayList<>());
        charts.add(chart);
        return chart;
    }

    List<TimeSeriesChartGenerator> generators() {
        return charts.stream().map(Chart::generator).toList();
    }

    /** New, empty series for a freshly started market. */
    void start(Market m) {
        List<Color> colours = List.copyOf(FirmColours.of(m.firms().stream().map(f -> f.id).toList()).values());
        for (Chart c : charts) {
            c.generator().removeAllSeries();
            c.series().clear();
            for (int j = 0; c.perFirm() != null && j < m.firms().size(); j++) {
                addSeries(c, m.firms().get(j).name, colours.get(j));
            }
            if (c.extra() != null) {
                addSeries(c, c.extraName(), c.generator() == shares ? FirmColours.NONE : Color.DARK_GRAY);
            }
        }
    }

    private static void addSeries(Chart c, String name, Color colour) {
        XYSeries s = new XYSeries(name, false);
        c.series().add(s);
        ((TimeSeriesAttributes) c.generator().addSeries(s, null)).setStrokeColor(colour);
    }

    /** Adds this tick's points; the charts redraw later on the Swing thread. */
    void update(Market m) {
        double week = x(m, m.tick());
        for (Chart c : charts) {
            int k = 0;
            for (int j = 0; c.perFirm() != null && j < m.firms().size(); j++) {
                c.series().get(k++).add(week, c.perFirm().of(m, m.firms().get(j)), false);
            }
            if (c.extra() != null) {
                c.series().get(k).add(week, c.extra().applyAsDouble(m), false);
            }
            c.generator().updateChartLater(m.schedule.getSteps());
        }
    }

    /** A tick's x: its date at midnight UTC in milliseconds (what a DateAxis shows). */
    static double x(Market m, int tick) {
        return m.date(Math.max(0, tick)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Makes every series announce its points (before a chart is drawn outside the Swing loop). */
    void flush() {
        charts.forEach(c -> c.series().forEach(XYSeries::fireSeriesChanged));
    }
}
