package chatshare.analysis;

import chatshare.output.AtomicOutput;
import chatshare.output.FirmColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.ui.RectangleEdge;

/**
 * The charts ChatShare draws (JFreeChart, headless): trajectories with replicate bands,
 * sensitivity bars and a two-parameter heat map, saved as PNG or SVG by file extension.
 */
public final class Charts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;
    /** Series colours when series are scenarios rather than firms. */
    private static final List<Color> SCENARIOS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
            new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
            new Color(0xBCBD22), new Color(0x17BECF));

    private Charts() {
    }

    /** Lines (means) over dates with translucent 95% CI bands; colours by firm, or by order when byFirm is false. */
    public static JFreeChart trajectories(String title, String subtitle, String yLabel, List<Bands.Band> bands,
            boolean byFirm) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Bands.Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.name());
            for (int t = 0; t < b.mean().length; t++) {
                double x = b.dates().get(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                s.add(x, b.mean()[t], b.low()[t], b.high()[t]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "date", yLabel, data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        Map<String, Color> firms = FirmColours.of(bands.stream().map(Bands.Band::name).toList());
        List<Color> colours = new java.util.ArrayList<>();
        for (int k = 0; k < bands.size(); k++) {
            String name = bands.get(k).name();
            colours.add(!byFirm ? SCENARIOS.get(k % SCENARIOS.size()) : name.equals("none") ? FirmColours.NONE : firms.get(name));
        }
        return banded(chart, colours, subtitle);
    }

    /** A series over a numeric x: x, mean and 95% CI (low, high) at each point. */
    public record XySeries(String name, double[] x, double[] mean, double[] low, double[] high) {
    }

    /** Lines (means) over a numeric x with translucent 95% CI bands, coloured by order. */
    public static JFreeChart lines(String title, String subtitle, String xLabel, String yLabel, List<XySeries> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Color> colours = new java.util.ArrayList<>();
        for (XySeries b : series) {
            YIntervalSeries s = new YIntervalSeries(b.name());
            for (int k = 0; k < b.x().length; k++) {
                s.add(b.x()[k], b.mean()[k], b.low()[k], b.high()[k]);
            }
            data.addSeries(s);
            colours.add(SCENARIOS.get(colours.size() % SCENARIOS.size()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
                false, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return banded(chart, colours, subtitle);
    }

    private static JFreeChart banded(JFreeChart chart, List<Color> colours, String subtitle) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int k = 0; k < colours.size(); k++) {
            renderer.setSeriesPaint(k, colours.get(k));
            renderer.setSeriesFillPaint(k, colours.get(k));
            renderer.setSeriesStroke(k, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        chart.getXYPlot().setRenderer(renderer);
        if (!subtitle.isEmpty()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return style(chart);
    }

    /** Grouped bars: one group per parameter, one bar per measure (e.g. mu* and sigma, or S1 and ST). */
    public static JFreeChart bars(String title, String yLabel, List<String> parameters, Map<String, double[]> measures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        measures.forEach((measure, values) -> {
            for (int k = 0; k < parameters.size(); k++) {
                data.addValue(values[k], measure, parameters.get(k));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, "parameter", yLabel, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int k = 0; k < measures.size(); k++) {
            plot.getRenderer().setSeriesPaint(k, SCENARIOS.get(k));
        }
        ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer())
                .setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        return style(chart);
    }

    /**
     * A heat map of z over a grid; x and y are cell indices into the axis labels (so uneven grids
     * get equal cells); cells coloured from white (min) to dark blue (max).
     */
    public static JFreeChart heatMap(String title, String xLabel, String[] xTicks, String yLabel, String[] yTicks,
            String zLabel, double[] x, double[] y, double[] z) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][] {x, y, z});
        double lo = java.util.Arrays.stream(z).filter(Double::isFinite).min().orElse(0);
        double hi = java.util.Arrays.stream(z).filter(Double::isFinite).max().orElse(1);
        if (hi <= lo) {
            hi = lo + 1e-9;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        Color from = new Color(0xF7FBFF);
        Color to = new Color(0x08306B);
        int steps = 50;
        for (int k = 0; k < steps; k++) {
            double f = k / (steps - 1.0);
            scale.add(lo + f * (hi - lo), blend(from, to, f));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, new SymbolAxis(xLabel, xTicks), new SymbolAxis(yLabel, yTicks), renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(zLabel));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return style(chart);
    }

    private static Paint blend(Color a, Color b, double f) {
        return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())), (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        if (chart.getPlot() instanceof XYPlot p) {
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return chart;
    }

    /** Writes the chart as SVG (file name ending in .svg) or PNG, atomically. */
    public static void save(JFreeChart chart, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        AtomicOutput.replace(file, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (svg) {
                    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
                    out.write(g.getSVGDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
                }
            }
        });
    }
}
